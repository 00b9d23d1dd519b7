import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Cost } from "../../graphql/limits/cost";
import { planType } from "../../modules/plans/plan.type";
import { planProgress } from "./planProgress.service";
import { TaskProgress } from "./planProgress.type";

@Resolver()
export class PlanProgressResolver {
  @Cost({ price: 100, listSize: 100 })
  @Query(() => [TaskProgress], {
    description: "A plan's progress in a year: one row per task (by task id) with the activities serving it dated in the year, by kind, and which assignees organised one of them. See docs/analytics.md.",
  })
  async planProgress(
    @Arg("planId", () => ID, { description: "The plan." }) planId: string,
    @Arg("year", () => Int, { description: "The year looked at." }) year: number,
    @Ctx() ctx: Context,
  ): Promise<TaskProgress[]> {
    return planProgress(ctx.db, await ctx.read.wholeByKey(planType, planId), planId, year);
  }
}
