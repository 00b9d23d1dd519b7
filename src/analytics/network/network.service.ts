/**
 * Network analytics (docs/analytics.md, "The actor graph") on the actor graph: two actors are adjacent when one
 * engagement (partnership, activity, project or membership) INVOLVES both; the importer derives
 * INVOLVES (docs/graph-model.md), so one step is (:Actor)<-[:INVOLVES]-(:Engagement)-[:INVOLVES]->(:Actor).
 *
 * - connection: a shortest path of actors between two actors, with the engagement behind every step.
 *   When several exist, the one with the smallest list of actor ids, then the smallest engagement id
 *   per step (see cypher/queries/analytics/network/connection.cypher).
 * - collaborators: the actors within a number of steps, ordered by id.
 * - brokers: betweenness centrality (Brandes), precomputed per graph version (precompute.ts) in a worker
 *   thread, exact within a time budget and a sampled estimate beyond it.
 */
import { brokersPrecompute, RANKING_KEEPS } from "./precompute";
import type { Database, Row } from "../../db/database";
import { toNeo4jInt, type Plain } from "../../db/mapping";
import { badInput } from "../../graphql/errors";
import type { NodeReader } from "../../graphql/read/projection";
import { activityType } from "../../modules/activities/activity.type";
import { type Actor, actorType } from "../../modules/actors/actor.type";
import { membershipType } from "../../modules/memberships/membership.type";
import { partnershipType } from "../../modules/partnerships/partnership.type";
import { projectType } from "../../modules/projects/project.type";
import type { AnyEngagement, BrokerScore, ConnectionPath } from "./network.type";

/** An actor by id, as the request's read engine gives it (null when there is none). */
export type ActorById = (id: string) => Actor | null | Promise<Actor | null>;

/** Longest path `connection` looks for (the bound written in connection.cypher). */
export const MAX_CONNECTION_STEPS = 10;
/** Widest neighbourhood `collaborators` returns (the bound written in collaborators.cypher). */
export const MAX_COLLABORATOR_DEGREE = 4;
/** Most brokers returned at once (what a ranking keeps). */
export const MAX_BROKERS = RANKING_KEEPS;

function checkInteger(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer between ${min} and ${max}, got ${value}`);
  }
  return value;
}

async function knownActor(actorById: ActorById, argument: string, id: string): Promise<Actor> {
  const actor = await actorById(id);
  if (!actor) throw badInput(argument, `unknown actor "${id}"`);
  return actor;
}

/** An engagement row from connection.cypher (its properties plus `type`, its label) as its GraphQL object. */
export function toEngagement(row: Row): AnyEngagement {
  switch (row.type) {
    case "Partnership": return partnershipType.map(row);
    case "Activity": return activityType.map(row);
    case "Project": return projectType.map(row);
    case "Membership": return membershipType.map(row);
    default: throw new Error(`Engagement ${String(row.id)} has no known type (${String(row.type)})`);
  }
}

export async function connection(db: Database, actorById: ActorById, fromId: string, toId: string, maxSteps: number): Promise<ConnectionPath | null> {
  checkInteger("maxSteps", maxSteps, 1, MAX_CONNECTION_STEPS);
  if (fromId === toId) return { steps: 0, actors: [await knownActor(actorById, "fromId", fromId)], via: [] };

  // One round trip: the query says whether both actors exist along with the path.
  const [row] = await db.read("queries/analytics/network/connection", { fromId, toId });
  if (!row.fromFound) throw badInput("fromId", `unknown actor "${fromId}"`);
  if (!row.toFound) throw badInput("toId", `unknown actor "${toId}"`);
  const path = row.path as { actors: Row[]; via: Row[] } | null;
  if (!path || path.actors.length - 1 > maxSteps) return null;
  return { steps: path.actors.length - 1, actors: path.actors.map(actorType.map), via: path.via.map(toEngagement) };
}

export async function collaborators(db: Database, actors: NodeReader<Actor>, actorId: string, degree: number): Promise<Actor[]> {
  checkInteger("degree", degree, 1, MAX_COLLABORATOR_DEGREE);
  // One round trip: the query says whether the actor exists along with its collaborators.
  const [row] = await db.read("queries/analytics/network/collaborators", { ...actors.params(), actorId, degree: toNeo4jInt(degree) });
  if (!row.found) throw badInput("actorId", `unknown actor "${actorId}"`);
  return (row.actors as Plain[]).map(actors.map);
}

/**
 * The first actors of the ranking of the graph's current version: one small query reads the version;
 * the ranking was computed in the background after the graph last changed, or is being computed
 * (the request waits for it, within a bound: precompute.ts).
 */
export async function brokers(db: Database, actorById: ActorById, first: number, signal?: AbortSignal): Promise<BrokerScore[]> {
  checkInteger("first", first, 1, MAX_BROKERS);
  const [row] = await db.read("queries/graph-version");
  const ranking = await brokersPrecompute(db).rankingFor(String(row?.version ?? ""), Date.now(), signal ?? new AbortController().signal);
  const ranked = ranking.ranked.slice(0, first);
  const actors = await Promise.all(ranked.map((r) => actorById(r.id)));
  const estimate = (errorBound: number) => ({ method: "SAMPLED_PIVOTS", pivots: ranking.pivots, actors: ranking.actors, confidence: ranking.confidence, errorBound });
  return ranked.map((r, i) => {
    const actor = actors[i];
    if (!actor) throw new Error(`Actor ${r.id} vanished while ranking brokers`);
    return { actor, betweenness: r.betweenness, estimate: r.errorBound === null ? null : estimate(r.errorBound) };
  });
}
