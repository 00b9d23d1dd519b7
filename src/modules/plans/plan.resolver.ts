import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { whenLoaded } from "../../graphql/read/engine";
import { Reads } from "../../graphql/read/relation";
import { Actor } from "../actors/actor.type";
import { Country } from "../countries/country.type";
import { required } from "../common/required";
import { Plan, Report, Task, planType } from "./plan.type";
import * as relations from "./plan.relations";
import { recordById } from "../common/byId";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true, description: "One plan by id; null when there is none, or when it is archived and the caller is not an ADMIN." })
  plan(@Arg("id", () => ID, { description: "Id to look up." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordById(ctx, info, planType, id);
  }

  @Query(() => [Plan], { description: "Every plan, in id order." })
  plans(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Plan[]> {
    return ctx.read.rootList(info, planType, "roots/plans");
  }

  @Reads(relations.planIssuer)
  @FieldResolver(() => Actor, { nullable: true, description: "Who issued the plan." })
  issuer(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.read.one(relations.planIssuer, plan.id);
  }

  @Reads(relations.planPriorityCountries)
  @FieldResolver(() => [Country], { description: "Countries the plan gives priority to, in code order." })
  priorityCountries(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.read.list(relations.planPriorityCountries, plan.id);
  }

  @Reads(relations.planTasks)
  @FieldResolver(() => [Task], { description: "Tasks of the plan, in id order." })
  tasks(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.read.list(relations.planTasks, plan.id);
  }

  @Reads(relations.planReports)
  @FieldResolver(() => [Report], { description: "Reports submitted for the plan, by year then id." })
  reports(@Parent() plan: Plan, @Ctx() ctx: Context) {
    return ctx.read.list(relations.planReports, plan.id);
  }
}

@Resolver(() => Task)
export class TaskResolver {
  @Reads(relations.taskAssignees)
  @FieldResolver(() => [Actor], { description: "Units the task is assigned to, in id order." })
  assignees(@Parent() task: Task, @Ctx() ctx: Context) {
    return ctx.read.list(relations.taskAssignees, task.id);
  }
}

@Resolver(() => Report)
export class ReportResolver {
  @Reads(relations.reportUnit)
  @FieldResolver(() => Actor, { description: "The unit that submitted the report." })
  unit(@Parent() report: Report, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.reportUnit, report.id), (value) => required(value, `unit of report ${report.id}`));
  }

  @Reads(relations.reportPlan)
  @FieldResolver(() => Plan, { description: "The plan reported on." })
  plan(@Parent() report: Report, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.reportPlan, report.id), (value) => required(value, `plan of report ${report.id}`));
  }
}
