/**
 * NGO permits (docs/analytics.md, "NGO permits"): every foreign NGO with a permit or an engagement
 * on or before asOf, its status at asOf, how long it stays covered, and the engagements no permit
 * covered on their day. The definitions are src/domain/permits.ts.
 */
import type { Database, Row } from "../../db/database";
import { type PermitDates, coveredOn, permitStatus, validUntil } from "../../domain/permits";
import { badInput } from "../../graphql/errors";
import { dateParam } from "../../graphql/inputs";
import { activityType } from "../../modules/activities/activity.type";
import { actorType } from "../../modules/actors/actor.type";
import { projectType } from "../../modules/projects/project.type";
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

export async function ngoPermits(db: Database, asOf: string, expiringWithinDays: number): Promise<NgoPermitStatus[]> {
  const asOfParam = dateParam(asOf, "asOf");
  if (!Number.isInteger(expiringWithinDays) || expiringWithinDays < 0 || expiringWithinDays > 36_500) {
    throw badInput("expiringWithinDays", `must be a whole number of days from 0 to 36500, got ${expiringWithinDays}`);
  }
  // The NGOs' rows and the engagements no permit covered, read once per asOf and graph version.
  const { rows, uncoveredActivityIds, uncoveredProjectIds, activities, projects } = await analyticsCache(db).get(JSON.stringify(["ngoPermits", asOf]), async () => {
    const rows = (await db.read("queries/analytics/permits/ngos", { asOf: asOfParam })) as unknown as NgoRow[];
    const uncovered = (engagements: Engagement[], permits: PermitDates[]) =>
      engagements.filter((e) => !coveredOn(permits, e.day)).map((e) => e.id).sort();
    const uncoveredActivityIds = rows.map((row) => uncovered(row.activities, row.permits));
    const uncoveredProjectIds = rows.map((row) => uncovered(row.projects, row.permits));
    return {
      rows, uncoveredActivityIds, uncoveredProjectIds,
      activities: await nodesByIds(db, uncoveredActivityIds.flat()),
      projects: await nodesByIds(db, uncoveredProjectIds.flat()),
    };
  });
  return rows.map((row, i) => ({
    actor: actorType.map(row.actor),
    status: permitStatus(row.permits, asOf, expiringWithinDays),
    validUntil: validUntil(row.permits, asOf),
    // Mapped per request, like every other answer: the cache holds the rows only.
    uncoveredActivities: uncoveredActivityIds[i].map((id) => activityType.map(activities.get(id)!)),
    uncoveredProjects: uncoveredProjectIds[i].map((id) => projectType.map(projects.get(id)!)),
  }));
}

/** The stored properties of the activities or projects with these ids, by id (one query for all of them). */
async function nodesByIds(db: Database, ids: string[]): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  if (ids.length === 0) return found;
  for (const row of await db.read("queries/analytics/permits/engagements", { ids: [...new Set(ids)] })) found.set(String((row.node as Row).id), row.node as Row);
  return found;
}
