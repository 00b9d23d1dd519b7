import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { PeriodInput } from "../../graphql/inputs";
import { Cost } from "../../graphql/limits/cost";
import { sectorSummary } from "./sectors.service";
import { SectorSummary } from "./sectors.type";

@Resolver()
export class SectorsResolver {
  @Cost({ price: 10_000 })
  @Query(() => [SectorSummary], {
    description: "Per sector (by name), the partnerships in force, activities and projects carrying it over the period, and the funds they mobilised; sectors with nothing left out. See docs/analytics.md.",
  })
  async sectorSummary(
    @Arg("period", () => PeriodInput, { description: "The whole years summed up." }) period: PeriodInput,
    @Ctx() ctx: Context,
  ): Promise<SectorSummary[]> {
    return sectorSummary(ctx.db, period);
  }
}
