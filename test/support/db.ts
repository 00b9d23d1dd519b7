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
 * its history (the audit log, which every committed import and write adds to). `except`: labels left
 * out too.
 */
export async function graphFingerprint(db: Database, options: { except?: string[] } = {}): Promise<Record<string, number>> {
  const session = db.driver.session({ database: db.database });
  const except = ["AuditEntry", ...(options.except ?? [])];
  try {
    const nodes = await session.run("MATCH (n) WHERE none(l IN labels(n) WHERE l IN $except) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label", { except });
    const rels = await session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type");
    const props = await session.run("MATCH (n) WHERE none(l IN labels(n) WHERE l IN $except) RETURN sum(size(keys(n))) AS n", { except });
    const out: Record<string, number> = {};
    for (const r of nodes.records) out[`:${r.get("label")}`] = Number(r.get("n"));
    for (const r of rels.records) out[`-[:${r.get("type")}]-`] = Number(r.get("n"));
    out.properties = Number(props.records[0].get("n") ?? 0);
    return out;
  } finally {
    await session.close();
  }
}

export async function rows(db: Database, query: string): Promise<Record<string, unknown>[]> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(query)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Values that differ between two imports of one file by nature: when, and the random graph version. */
export const VOLATILE: Readonly<Record<string, string[]>> = { "*": ["updatedAt"], AuditEntry: ["at"], GraphVersion: ["version", "talliedVersion"] };

/**
 * A tally's lists in a canonical order: Cypher's collect() has none, so the same tally built on two
 * stores may list its partners, or its currencies with their amounts (pairs), in another order.
 */
function canonicalTally(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  if (Array.isArray(out.partnerIds)) out.partnerIds = [...out.partnerIds].sort();
  if (Array.isArray(out.fundsCurrencies) && Array.isArray(out.fundsAmounts)) {
    const pairs = (out.fundsCurrencies as string[]).map((c, i) => [c, (out.fundsAmounts as number[])[i]] as const)
      .sort(([a, x], [b, y]) => a.localeCompare(b) || x - y);
    out.fundsCurrencies = pairs.map(([c]) => c);
    out.fundsAmounts = pairs.map(([, a]) => a);
  }
  return out;
}

export interface GraphNodesOptions {
  /** Properties compared by type only, per label ("*": every label). */
  volatile?: Readonly<Record<string, string[]>>;
  /** Labels whose nodes are left out. */
  except?: string[];
}

/** Every node as one canonical string: labels, and each property's type and value (volatile ones by type only). */
export async function graphNodes(db: Database, options: GraphNodesOptions = {}): Promise<string[]> {
  const { volatile: volatileOf = VOLATILE, except = [] } = options;
  const found = await rows(db, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types");
  return found.filter((row) => !(row.labels as string[]).some((l) => except.includes(l))).map((row) => {
    const labels = [...(row.labels as string[])].sort();
    const props = labels.some((l) => l.endsWith("Tally")) ? canonicalTally(row.props as Record<string, unknown>) : (row.props as Record<string, unknown>);
    const volatile = new Set([...(volatileOf["*"] ?? []), ...labels.flatMap((l) => volatileOf[l] ?? [])]);
    const entries = (row.types as [string, string][]).sort(([a], [b]) => a.localeCompare(b))
      .map(([key, type]) => [key, type, volatile.has(key) ? "…" : JSON.stringify(props[key])]);
    return JSON.stringify([labels, entries]);
  }).sort();
}

/** Every relationship as one canonical string: type, the ids (or codes) of its ends, its properties. */
export async function graphRelationships(db: Database): Promise<string[]> {
  const found = await rows(db, "MATCH (s)-[r]->(t) RETURN type(r) AS type, coalesce(s.id, s.code) AS s, coalesce(t.id, t.code) AS t, properties(r) AS props");
  return found.map((r) => JSON.stringify([r.type, r.s, r.t, r.props])).sort();
}
