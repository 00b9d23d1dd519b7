/** The suite's Neo4j: one connection per test file, with the schema applied and a reset helper. */
import neo4j from "neo4j-driver";
import { inject } from "vitest";
import { Database, type QueryEvent } from "../../src/db/database";
import { applySchema } from "../../src/db/schema";
import { importDataset } from "../../src/dataset/import";

export function testNeo4jEnv(): Record<string, string> {
  return {
    NEO4J_URI: inject("neo4jUri"),
    NEO4J_USER: inject("neo4jUser"),
    NEO4J_PASSWORD: inject("neo4jPassword"),
    NEO4J_DATABASE: inject("neo4jDatabase"),
  };
}

export async function connectTestDb(): Promise<Database> {
  const driver = neo4j.driver(inject("neo4jUri"), neo4j.auth.basic(inject("neo4jUser"), inject("neo4jPassword")));
  const db = new Database(driver, inject("neo4jDatabase") || undefined);
  await applySchema(db);
  return db;
}

/** A connection to a graph that holds `dataset` and nothing else. */
export async function connectWithDataset(dataset: unknown): Promise<Database> {
  const db = await connectTestDb();
  await resetGraph(db);
  await importDataset(db, dataset);
  return db;
}

/**
 * The statements `db` sent while `work` ran, in order (each with its name, text and parameters).
 * A `work` that may throw should catch inside: the statements are returned only when it settles.
 */
export async function statementsDuring(db: Database, work: () => Promise<unknown>): Promise<QueryEvent[]> {
  const sent: QueryEvent[] = [];
  const stop = db.onQuery((event) => sent.push(event));
  try {
    await work();
  } finally {
    stop();
  }
  return sent;
}

/** Deletes every node and relationship, the audit log too (an import's --replace keeps it). */
export async function resetGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run("MATCH (n) DETACH DELETE n");
  } finally {
    await session.close();
  }
}

/**
 * Number of nodes per label and of relationships per type: a fingerprint of the whole graph, less
 * its history (the audit log, which every committed import and write adds to).
 */
export async function graphFingerprint(db: Database): Promise<Record<string, number>> {
  const session = db.driver.session({ database: db.database });
  try {
    const nodes = await session.run("MATCH (n) WHERE NOT n:AuditEntry UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label");
    const rels = await session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type");
    const props = await session.run("MATCH (n) WHERE NOT n:AuditEntry RETURN sum(size(keys(n))) AS n");
    const out: Record<string, number> = {};
    for (const r of nodes.records) out[`:${r.get("label")}`] = Number(r.get("n"));
    for (const r of rels.records) out[`-[:${r.get("type")}]-`] = Number(r.get("n"));
    out.properties = Number(props.records[0].get("n") ?? 0);
    return out;
  } finally {
    await session.close();
  }
}
