/**
 * Per-request DataLoaders: one for every relation field, each batching the keys of one GraphQL
 * level into a single parameterised `UNWIND $keys` query. Created fresh for every request (in the
 * context), so no cached row outlives the request or crosses between users.
 */
import DataLoader from "dataloader";
import type { Database, Row } from "../db/database";
import { toNeo4jInt } from "../db/mapping";
import { toActivity } from "../modules/activities/activity.type";
import { toActor } from "../modules/actors/actor.type";
import { toCountry } from "../modules/countries/country.type";
import { toMembership } from "../modules/memberships/membership.type";
import { toPartnership } from "../modules/partnerships/partnership.type";
import { toPlan, toReport, toTask } from "../modules/plans/plan.type";
import { toProject } from "../modules/projects/project.type";
import { toReview } from "../modules/reviews/review.type";
import type { PageRequest } from "./pagination";

/** Rows `{ key, node }` of a relation query, grouped by key, in the order the query returned them. */
function grouped<T>(rows: Row[], map: (node: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row.key);
    const list = groups.get(key) ?? [];
    list.push(map(row.node as Row));
    groups.set(key, list);
  }
  return groups;
}

function many<T>(db: Database, query: string, map: (node: Row) => T, extra: Record<string, unknown> = {}): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = grouped(await db.read(query, { ...extra, keys }), map);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

function one<T>(db: Database, query: string, map: (node: Row) => T): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const groups = grouped(await db.read(query, { keys }), map);
    return keys.map((key) => groups.get(key)?.[0] ?? null);
  });
}

function counts(db: Database, query: string): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const totals = new Map((await db.read(query, { keys })).map((r) => [String(r.key), Number(r.total)]));
    return keys.map((key) => totals.get(key) ?? 0);
  });
}

/** Pages of a nested connection: one loader per distinct (first, after), so one query per level. */
function paged<T>(db: Database, query: string, map: (node: Row) => T): (request: PageRequest) => DataLoader<string, T[]> {
  const byRequest = new Map<string, DataLoader<string, T[]>>();
  return (request) => {
    const key = `${request.first}|${request.after ?? ""}`;
    let loader = byRequest.get(key);
    if (!loader) {
      loader = many(db, query, map, { after: request.after, limit: toNeo4jInt(request.first + 1) });
      byRequest.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(db: Database) {
  return {
    actor: one(db, "queries/actors/by-ids", toActor),
    actorParent: one(db, "queries/actors/parent", toActor),
    actorChildren: many(db, "queries/actors/children", toActor),
    actorSuccessors: many(db, "queries/actors/successors", toActor),
    actorPredecessors: many(db, "queries/actors/predecessors", toActor),
    actorPartnerships: many(db, "queries/actors/partnerships", toPartnership),
    actorMemberships: many(db, "queries/actors/memberships", toMembership),
    actorMembers: many(db, "queries/actors/members", toMembership),

    country: one(db, "queries/countries/by-codes", toCountry),
    countryPartnersPage: paged(db, "queries/countries/partners-page", toActor),
    countryPartnersCount: counts(db, "queries/countries/partners-count"),

    partnership: one(db, "queries/partnerships/by-ids", toPartnership),
    partnershipDomesticParties: many(db, "queries/partnerships/domestic-parties", toActor),
    partnershipForeignParties: many(db, "queries/partnerships/foreign-parties", toActor),
    partnershipReviews: many(db, "queries/partnerships/reviews", toReview),
    partnershipProjects: many(db, "queries/partnerships/projects", toProject),
    partnershipActivitiesPage: paged(db, "queries/partnerships/activities-page", toActivity),
    partnershipActivitiesCount: counts(db, "queries/partnerships/activities-count"),

    activity: one(db, "queries/activities/by-ids", toActivity),
    activityPartnership: one(db, "queries/activities/partnership", toPartnership),
    activityOrganizers: many(db, "queries/activities/organizers", toActor),
    activityParticipants: many(db, "queries/activities/participants", toActor),

    project: one(db, "queries/projects/by-ids", toProject),
    projectPartnership: one(db, "queries/projects/partnership", toPartnership),
    projectFunders: many(db, "queries/projects/funders", toActor),
    projectImplementers: many(db, "queries/projects/implementers", toActor),
    projectLocalities: many(db, "queries/projects/localities", toActor),

    reviewPartnership: one(db, "queries/reviews/partnership", toPartnership),
    reviewReviewer: one(db, "queries/reviews/reviewer", toActor),

    plan: one(db, "queries/plans/by-ids", toPlan),
    planIssuer: one(db, "queries/plans/issuer", toActor),
    planPriorityCountries: many(db, "queries/plans/priority-countries", toCountry),
    planTasks: many(db, "queries/plans/tasks", toTask),
    planReports: many(db, "queries/plans/reports", toReport),
    taskAssignees: many(db, "queries/plans/task-assignees", toActor),
    reportUnit: one(db, "queries/plans/report-unit", toActor),
    reportPlan: one(db, "queries/plans/report-plan", toPlan),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
