import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { PeriodInput } from "../../graphql/inputs";
import { partnerCoverage } from "./coverage.service";
import { CoverageReport } from "./coverage.type";
import { planType } from "../../modules/plans/plan.type";
import { Cost } from "../../graphql/limits/cost";
import { ActorKind } from "../../domain/enums";

@Resolver()
export class CoverageResolver {
  // Reads every partner, partnership, activity and project of the period once (cached per graph version).
  @Cost({ price: 10_000 })
  @Query(() => CoverageReport, {
    description:
      "Partner coverage by country over a period: partners, partnerships in force, activities, projects and funds per country, " +
      "with the plan's priority countries included, and totals. See docs/analytics.md.",
  })
  async partnerCoverage(
    @Arg("period", () => PeriodInput, { description: "The whole years to cover." }) period: PeriodInput,
    @Arg("planId", () => ID, { nullable: true, description: "A plan whose priority countries get a row (and priority: true) even without partners." })
    planId: string | null,
    @Arg("kinds", () => [ActorKind], { nullable: true, description: "Only partners of these kinds count, in every column and in the choice of rows." })
    kinds: ActorKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<CoverageReport> {
    const plan = planId == null ? null : await ctx.read.wholeByKey(planType, planId);
    return partnerCoverage(ctx.db, { period, planId, kinds }, plan);
  }
}
