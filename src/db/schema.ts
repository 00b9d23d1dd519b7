/**
 * Applies the graph schema (constraints and indexes from `cypher/schema/`) idempotently:
 * every statement is `IF NOT EXISTS`, so this runs at every start-up and before every import.
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
