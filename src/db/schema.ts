/**
 * Applies the graph schema (constraints and indexes from `cypher/schema/`) idempotently:
 * every statement is `IF NOT EXISTS`, so this runs at every start-up and before every import.
 * `missingSchema` tells which of them a database lacks or is still building (for /ready).
 */
import type { Database } from "./database";
import { cypherNames, statements } from "./cypher";
import neo4j from "neo4j-driver";

export async function applySchema(db: Database): Promise<void> {
  // Schema statements cannot share a transaction with each other; each runs in its own.
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const name of cypherNames("schema")) {
      for (const statement of statements(name)) await session.run(statement);
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
