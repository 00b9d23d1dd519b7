import { Arg, Ctx, FieldResolver, ID, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { Actor } from "../actors/actor.type";
import { Country } from "../countries/country.type";
import { required } from "../common/required";
import { Plan, Report, Task, toPlan } from "./plan.type";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true, description: "One plan by id; null when there is none." })
  plan(@Arg("id", () => ID, { description: "Id to look up." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.plan.load(id);
  }

  @Query(() => [Plan], { description: "Every plan, in id order." })
  async plans(@Ctx() ctx: Context): Promise<Plan[]> {
    return (await ctx.db.read("queries/plans/all")).map((r) => toPlan(r.node as never));
  }

  @FieldResolver(() => Actor, { nullable: true, description: "Who issued the plan." })
  issuer(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.planIssuer.load(plan.id);
  }

  @FieldResolver(() => [Country], { description: "Countries the plan gives priority to, in code order." })
  priorityCountries(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.planPriorityCountries.load(plan.id);
  }

  @FieldResolver(() => [Task], { description: "Tasks of the plan, in id order." })
  tasks(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.planTasks.load(plan.id);
  }

  @FieldResolver(() => [Report], { description: "Reports submitted for the plan, by year then id." })
  reports(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.planReports.load(plan.id);
  }
}

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => [Actor], { description: "Units the task is assigned to, in id order." })
  assignees(@Parent() task: Task, @Ctx() ctx: Context) {
    return ctx.loaders.taskAssignees.load(task.id);
  }
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => Actor, { description: "The unit that submitted the report." })
  async unit(@Parent() report: Report, @Ctx() ctx: Context): Promise<Actor> {
    return required(await ctx.loaders.reportUnit.load(report.id), `unit of report ${report.id}`);
  }

  @FieldResolver(() => Plan, { description: "The plan reported on." })
  async plan(@Parent() report: Report, @Ctx() ctx: Context): Promise<Plan> {
    return required(await ctx.loaders.reportPlan.load(report.id), `plan of report ${report.id}`);
  }
}
