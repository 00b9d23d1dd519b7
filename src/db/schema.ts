/**
 * Applies the graph schema (constraints and indexes from `cypher/schema/`) idempotently:
 * every statement is `IF NOT EXISTS`, so this runs at every start-up and before every import.
 * `missingSchema` tells which of them a database lacks or is still building (for /ready).
 */
import type { Database } from "./database";
import { cypherNames, statements } from "./cypher";
import neo4j from "neo4j-driver";

export async function applySchema(db: Database): Promise<void> {
  // One transaction per file, the indexes' file first: Neo4j fills the indexes created in one
  // transaction by one scan of the store, and does it in the background while the constraints
  // build their own indexes. On a store just written by the bulk import at M: 12.9-13.8 s against
  // 15.8-15.9 s, one statement at a time, constraints first (BENCHMARKS.md, round 27).
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const name of cypherNames("schema")) {
      await session.executeWrite(async (tx) => {
        for (const statement of statements(name)) await tx.run(statement);
      });
    }
  } finally {
    await session.close();
  }
}

/** Names of every constraint and index the schema files create. */
export function schemaNames(): string[] {
  const names: string[] = [];
  for (const name of cypherNames("schema")) {
    for (const statement of statements(name)) {
      const match = /^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)/i.exec(statement.trim());
      if (match) names.push(match[1]);
    }
  }
  return names;
}

/** The constraints and indexes of the schema that `db` lacks or has not finished building. */
export async function missingSchema(db: Database): Promise<string[]> {
  const names = schemaNames();
  const online = new Set((await db.read("queries/schema-state", { names })).filter((r) => r.state === "ONLINE").map((r) => String(r.name)));
  return names.filter((name) => !online.has(name));
}
