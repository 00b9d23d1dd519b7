/**
 * NGO permits (docs/analytics.md, "NGO permits"): every foreign NGO with a permit or an engagement
 * on or before asOf, its status at asOf, how long it stays covered, and the engagements no permit
 * covered on their day. The definitions are src/domain/permits.ts.
 */
import type { Database, Row } from "../../db/database";
import { type PermitDates, coveredOn, permitStatus, validUntil } from "../../domain/permits";
import { badInput } from "../../graphql/errors";
import { dateParam } from "../../graphql/inputs";
import type { Activity } from "../../modules/activities/activity.type";
import { actorType } from "../../modules/actors/actor.type";
import type { Project } from "../../modules/projects/project.type";
import { analyticsCache } from "../common/cache";
import type { NgoPermitStatus } from "./permits.type";

interface Engagement {
  id: string;
  day: string;
}

/** A row of cypher/queries/analytics/permits/ngos.cypher. */
interface NgoRow {
  actor: Row;
  permits: PermitDates[];
  activities: Engagement[];
  projects: Engagement[];
}

/** Reads an activity or a project by id, as the request's loaders do (null when it is gone). */
export interface EngagementRecords {
  activity(id: string): Activity | null | Promise<Activity | null>;
  project(id: string): Project | null | Promise<Project | null>;
}

export async function ngoPermits(db: Database, records: EngagementRecords, asOf: string, expiringWithinDays: number): Promise<NgoPermitStatus[]> {
  const asOfParam = dateParam(asOf, "asOf");
  if (!Number.isInteger(expiringWithinDays) || expiringWithinDays < 0 || expiringWithinDays > 36_500) {
    throw badInput("expiringWithinDays", `must be a whole number of days from 0 to 36500, got ${expiringWithinDays}`);
  }
  // The NGOs' rows and the engagements no permit covered (their ids), read once per asOf and graph version.
  const { rows, uncoveredActivityIds, uncoveredProjectIds } = await analyticsCache(db).get(JSON.stringify(["ngoPermits", asOf]), async () => {
    const rows = (await db.read("queries/analytics/permits/ngos", { asOf: asOfParam })) as unknown as NgoRow[];
    const uncovered = (engagements: Engagement[], permits: PermitDates[]) =>
      engagements.filter((e) => !coveredOn(permits, e.day)).map((e) => e.id).sort();
    return { rows, uncoveredActivityIds: rows.map((row) => uncovered(row.activities, row.permits)), uncoveredProjectIds: rows.map((row) => uncovered(row.projects, row.permits)) };
  });
  // The engagements themselves through the request's loaders, all asked in the same tick: one query
  // per type, reading only the fields the request selects (at M, tens of thousands of activities).
  const [activities, projects] = await Promise.all([
    Promise.all(uncoveredActivityIds.map((ids) => Promise.all(ids.map(records.activity)))),
    Promise.all(uncoveredProjectIds.map((ids) => Promise.all(ids.map(records.project)))),
  ]);
  return rows.map((row, i) => ({
    actor: actorType.map(row.actor),
    status: permitStatus(row.permits, asOf, expiringWithinDays),
    validUntil: validUntil(row.permits, asOf),
    uncoveredActivities: activities[i].filter((a): a is Activity => a !== null),
    uncoveredProjects: projects[i].filter((p): p is Project => p !== null),
  }));
}
