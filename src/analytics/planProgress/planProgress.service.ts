/**
 * Plan progress (docs/analytics.md, "Plan progress"): for each task of a plan, the activities dated
 * in the year that serve it (their taskId), by kind, and which assignees organised one of them.
 */
import type { Database, Row } from "../../db/database";
import { ACTIVITY_KINDS, type ActivityKind } from "../../domain/enums";
import { badInput } from "../../graphql/errors";
import { checkPeriod, dateParam } from "../../graphql/inputs";
import { actorType } from "../../modules/actors/actor.type";
import { type Plan, taskType } from "../../modules/plans/plan.type";
import { analyticsCache } from "../common/cache";
import type { TaskProgress } from "./planProgress.type";

export async function planProgress(db: Database, plan: Plan | null, planId: string, year: number): Promise<TaskProgress[]> {
  if (!plan) throw badInput("planId", `unknown plan "${planId}"`);
  const period = checkPeriod({ fromYear: year, toYear: year }, "year");
  const params = { planId: plan.id, start: dateParam(period.start, "year"), end: dateParam(period.end, "year") };
  const rows = await analyticsCache(db).get(JSON.stringify(["planProgress", plan.id, year]), () => db.read("queries/analytics/plan-progress/tasks", params));
  return rows.map((row) => {
    const kinds = row.kinds as ActivityKind[];
    const assignees = (row.assignees as Row[]).map((a) => ({ actor: actorType.map(a), organised: a.organised === true }));
    return {
      task: taskType.map(row.task as Row),
      activities: kinds.length,
      activitiesByKind: ACTIVITY_KINDS.map((kind) => ({ kind, count: kinds.filter((k) => k === kind).length })).filter((c) => c.count > 0),
      assigneesWithActivity: assignees.filter((a) => a.organised).map((a) => a.actor),
      assigneesWithout: assignees.filter((a) => !a.organised).map((a) => a.actor),
    };
  });
}

