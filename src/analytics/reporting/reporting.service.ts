/**
 * Reporting status (docs/analytics.md, "Reporting"): for each DOMESTIC unit assigned to a task of the plan,
 * ON_TIME when it submitted a report for the plan and year on or before the deadline
 * (`year-MM-DD`, the plan's reportDeadline, default 12-15), LATE when only after it, MISSING
 * when never; with its first submission date. Ordered by unit id.
 */
import type { Database, Row } from "../../db/database";
import { toNeo4jInt } from "../../db/mapping";
import { badInput } from "../../graphql/errors";
import { actorType } from "../../modules/actors/actor.type";
import type { Plan } from "../../modules/plans/plan.type";
import { ReportStatus, type ReportingStatus } from "./reporting.type";

/** `year` and `MM-DD` as a date; a 02-29 deadline falls on 28 February in other years. */
export function deadlineOf(year: number, monthDay: string): string {
  const [month, day] = monthDay.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

export async function reportingStatus(db: Database, plan: Plan | null, planId: string, year: number): Promise<ReportingStatus[]> {
  if (!plan) throw badInput("planId", `unknown plan "${planId}"`);
  if (year < plan.fromYear || year > plan.toYear) {
    throw badInput("year", `plan "${plan.id}" covers ${plan.fromYear}–${plan.toYear}, got ${year}`);
  }
  const deadline = deadlineOf(year, plan.reportDeadline);
  const rows = await db.read("queries/analytics/reporting/units", { planId: plan.id, year: toNeo4jInt(year) });
  return rows.map((row) => {
    const submittedOn = (row.firstSubmittedOn as string | null) ?? null;
    const status = submittedOn === null ? ReportStatus.MISSING : submittedOn <= deadline ? ReportStatus.ON_TIME : ReportStatus.LATE;
    return { unit: actorType.map(row.unit as Row), status, submittedOn, deadline };
  });
}
