import { Ctx, FieldResolver, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { Cost } from "../../graphql/limits/cost";
import { CoverageReport } from "./coverage.type";
import { regionCoverage } from "./regions.service";
import { RegionCoverage } from "./regions.type";

/** The region rows, computed only when a query asks for them, for the question its report answers. */
@Resolver(() => CoverageReport)
export class RegionCoverageResolver {
  @Cost({ price: 10_000, listSize: 20 })
  @FieldResolver(() => [RegionCoverage], {
    description: "One row per region with a partner, plus every region of a priority country of the plan; ordered by region name. See docs/analytics.md.",
  })
  async regions(@Parent() report: CoverageReport, @Ctx() ctx: Context): Promise<RegionCoverage[]> {
    return regionCoverage(ctx.db, report.question);
  }
}
