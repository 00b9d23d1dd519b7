import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { PeriodInput } from "../../graphql/inputs";
import { Cost } from "../../graphql/limits/cost";
import { ActivityKindCount } from "../planProgress/planProgress.type";
import { activityCounts, activityTotals, fundsMobilized } from "./summary.service";
import { ActivityCount, FundsMobilized } from "./summary.type";

@Resolver()
export class SummaryResolver {
  @Cost({ price: 10_000, listSize: 500 })
  @Query(() => [ActivityCount], {
    description: "Activities dated in the period by kind and by country involved (delegations in and out apart), for the province or the activities one unit organised. Ordered by kind name, then country code (no foreign partner last). See docs/analytics.md.",
  })
  activityCounts(
    @Arg("period", () => PeriodInput, { description: "The whole years counted." }) period: PeriodInput,
    @Arg("organizerId", () => ID, { nullable: true, description: "Only activities this domestic unit organised." }) organizerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ActivityCount[]> {
    return activityCounts(ctx.db, period, organizerId);
  }

  @Cost({ price: 10_000, listSize: 20 })
  @Query(() => [ActivityKindCount], {
    description: "Activities dated in the period per kind, each once (delegations in and out apart), for the province or the activities one unit organised; in ActivityKind order. See docs/analytics.md.",
  })
  activityTotals(
    @Arg("period", () => PeriodInput, { description: "The whole years counted." }) period: PeriodInput,
    @Arg("organizerId", () => ID, { nullable: true, description: "Only activities this domestic unit organised." }) organizerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ActivityKindCount[]> {
    return activityTotals(ctx.db, period, organizerId);
  }

  @Cost({ price: 10_000 })
  @Query(() => FundsMobilized, {
    description: "Funds mobilised in the period (activities' funds, committed amounts of projects started in it), in USD, in total and by funding type; with domesticUnitId only the activities it organised and the projects it implements. See docs/analytics.md.",
  })
  fundsMobilized(
    @Arg("period", () => PeriodInput, { description: "The whole years counted." }) period: PeriodInput,
    @Arg("domesticUnitId", () => ID, { nullable: true, description: "Only this unit's activities (as organiser) and projects (as implementer)." }) domesticUnitId: string | null,
    @Ctx() ctx: Context,
  ): Promise<FundsMobilized> {
    return fundsMobilized(ctx.db, period, domesticUnitId);
  }
}
