import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { reportingStatus } from "./reporting.service";
import { ReportingStatus } from "./reporting.type";
import { planType } from "../../modules/plans/plan.type";
import { Cost } from "../../graphql/limits/cost";

@Resolver()
export class ReportingResolver {
  @Cost({ price: 100, listSize: 100 })
  @Query(() => [ReportingStatus], {
    description: "For a plan and year: each domestic unit assigned to a task of the plan, and whether it reported on time, late, or not at all. Ordered by unit id.",
  })
  async reportingStatus(
    @Arg("planId", () => ID, { description: "The plan." }) planId: string,
    @Arg("year", () => Int, { description: "The year reported on; within the plan's years." }) year: number,
    @Ctx() ctx: Context,
  ): Promise<ReportingStatus[]> {
    return reportingStatus(ctx.db, await ctx.read.wholeByKey(planType, planId), planId, year);
  }
}
