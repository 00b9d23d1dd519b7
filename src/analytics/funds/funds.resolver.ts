import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { PeriodInput } from "../../graphql/inputs";
import { Cost } from "../../graphql/limits/cost";
import { fundsMobilized } from "./funds.service";
import { FundsMobilized } from "./funds.type";

@Resolver()
export class FundsResolver {
  @Cost({ price: 10_000 })
  @Query(() => FundsMobilized, {
    description: "Funds mobilised in the period (activities' funds, committed amounts of projects neither CANCELLED nor PIPELINE started in it; with a foreign partner or funder, each amount once), in USD, in total and by funding type; with domesticUnitId only the activities it organised and the projects it implements. See docs/exports.md.",
  })
  fundsMobilized(
    @Arg("period", () => PeriodInput, { description: "The whole years counted." }) period: PeriodInput,
    @Arg("domesticUnitId", () => ID, { nullable: true, description: "Only this unit's activities (as organiser) and projects (as implementer)." }) domesticUnitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<FundsMobilized> {
    return fundsMobilized(ctx.db, period, domesticUnitId);
  }
}
