/**
 * Per-request DataLoaders: one for every relation field, each batching the keys of one GraphQL
 * level into a single parameterised `UNWIND $keys` query. Created fresh for every request (in the
 * context), so no cached row outlives the request or crosses between users. Queries for the main
 * entity types read only the properties the request selects (projection.ts).
 */
import DataLoader from "dataloader";
import type { Database, Row } from "../db/database";
import { toNeo4jInt, type Plain } from "../db/mapping";
import { activityShape, toActivity } from "../modules/activities/activity.type";
import { actorShape, toActor } from "../modules/actors/actor.type";
import { countryShape, toCountry } from "../modules/countries/country.type";
import { toMembership } from "../modules/memberships/membership.type";
import { partnershipShape, toPartnership } from "../modules/partnerships/partnership.type";
import { toPlan, toReport, toTask } from "../modules/plans/plan.type";
import { projectShape, toProject } from "../modules/projects/project.type";
import { toReview } from "../modules/reviews/review.type";
import type { PageRequest } from "./pagination";
import type { NodeReader, NodeShape, Projections } from "./projection";

/** A type with a shape: read as this request's projection (a list of values), then mapped. */
function projected<T>(projections: Projections, shape: NodeShape, map: (row: Row) => T): NodeReader<T> {
  return {
    params: () => projections.of(shape).params,
    map: (node) => map(projections.of(shape).row(node)),
  };
}

/** A type without a shape (small collections: plans, tasks, reports, reviews, memberships): whole nodes. */
function whole<T>(map: (row: Row) => T): NodeReader<T> {
  return { params: () => ({}), map: (node) => map(node as Row) };
}

/** Rows `{ key, node }` of a relation query, grouped by key, in the order the query returned them. */
function grouped<T>(rows: Row[], map: (node: Plain) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row.key);
    const list = groups.get(key) ?? [];
    list.push(map(row.node));
    groups.set(key, list);
  }
  return groups;
}

function many<T>(db: Database, query: string, reader: NodeReader<T>, extra: Record<string, unknown> = {}): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = grouped(await db.read(query, { ...extra, ...reader.params(), keys }), reader.map);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

function one<T>(db: Database, query: string, reader: NodeReader<T>): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const groups = grouped(await db.read(query, { ...reader.params(), keys }), reader.map);
    return keys.map((key) => groups.get(key)?.[0] ?? null);
  });
}

function counts(db: Database, query: string): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const totals = new Map((await db.read(query, { keys })).map((r) => [String(r.key), Number(r.total)]));
    return keys.map((key) => totals.get(key) ?? 0);
  });
}

/**
 * Pages of a nested connection: one loader per distinct (first, after), so one query per level.
 * A page reads one row more than `first` to tell whether more follow (`hasNextPage`); an `exact`
 * page reads `first` rows only, for selections that do not ask (see nested.ts, loadPage).
 */
function paged<T>(db: Database, query: string, reader: NodeReader<T>): (request: PageRequest, exact?: boolean) => DataLoader<string, T[]> {
  const byRequest = new Map<string, DataLoader<string, T[]>>();
  return (request, exact = false) => {
    const key = `${request.first}|${request.after ?? ""}|${exact}`;
    let loader = byRequest.get(key);
    if (!loader) {
      loader = many(db, query, reader, { after: request.after, limit: toNeo4jInt(request.first + (exact ? 0 : 1)) });
      byRequest.set(key, loader);
    }
    return loader;
  };
}

/** Readers of the entity types, narrowed to what this request selects. */
export function createNodeReaders(projections: Projections) {
  return {
    actor: projected(projections, actorShape, toActor),
    country: projected(projections, countryShape, toCountry),
    partnership: projected(projections, partnershipShape, toPartnership),
    activity: projected(projections, activityShape, toActivity),
    project: projected(projections, projectShape, toProject),
  };
}

export type NodeReaders = ReturnType<typeof createNodeReaders>;

export function createLoaders(db: Database, { actor, country, partnership, activity, project }: NodeReaders) {
  return {
    actor: one(db, "queries/actors/by-ids", actor),
    actorParent: one(db, "queries/actors/parent", actor),
    actorChildren: many(db, "queries/actors/children", actor),
    actorSuccessors: many(db, "queries/actors/successors", actor),
    actorPredecessors: many(db, "queries/actors/predecessors", actor),
    actorPartnerships: many(db, "queries/actors/partnerships", partnership),
    actorMemberships: many(db, "queries/actors/memberships", whole(toMembership)),
    actorMembers: many(db, "queries/actors/members", whole(toMembership)),

    country: one(db, "queries/countries/by-codes", country),
    countryPartnersPage: paged(db, "queries/countries/partners-page", actor),
    countryPartnersCount: counts(db, "queries/countries/partners-count"),

    partnership: one(db, "queries/partnerships/by-ids", partnership),
    partnershipDomesticParties: many(db, "queries/partnerships/domestic-parties", actor),
    partnershipForeignParties: many(db, "queries/partnerships/foreign-parties", actor),
    partnershipReviews: many(db, "queries/partnerships/reviews", whole(toReview)),
    partnershipProjects: many(db, "queries/partnerships/projects", project),
    partnershipActivitiesPage: paged(db, "queries/partnerships/activities-page", activity),
    partnershipNewestActivitiesPage: paged(db, "queries/partnerships/activities-newest-page", activity),
    partnershipActivitiesCount: counts(db, "queries/partnerships/activities-count"),

    activity: one(db, "queries/activities/by-ids", activity),
    activityPartnership: one(db, "queries/activities/partnership", partnership),
    activityOrganizers: many(db, "queries/activities/organizers", actor),
    activityParticipants: many(db, "queries/activities/participants", actor),

    project: one(db, "queries/projects/by-ids", project),
    projectPartnership: one(db, "queries/projects/partnership", partnership),
    projectFunders: many(db, "queries/projects/funders", actor),
    projectImplementers: many(db, "queries/projects/implementers", actor),
    projectLocalities: many(db, "queries/projects/localities", actor),

    reviewPartnership: one(db, "queries/reviews/partnership", partnership),
    reviewReviewer: one(db, "queries/reviews/reviewer", actor),

    plan: one(db, "queries/plans/by-ids", whole(toPlan)),
    planIssuer: one(db, "queries/plans/issuer", actor),
    planPriorityCountries: many(db, "queries/plans/priority-countries", country),
    planTasks: many(db, "queries/plans/tasks", whole(toTask)),
    planReports: many(db, "queries/plans/reports", whole(toReport)),
    taskAssignees: many(db, "queries/plans/task-assignees", actor),
    reportUnit: one(db, "queries/plans/report-unit", actor),
    reportPlan: one(db, "queries/plans/report-plan", whole(toPlan)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
