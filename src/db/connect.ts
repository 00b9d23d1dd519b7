/**
 * Opens the Neo4j the configuration names: an external server (NEO4J_URI) or the project's own
 * local one, which is started here and stopped again by `close()`. Applies the schema.
 */
import neo4j from "neo4j-driver";
import type { Neo4jExternal, Neo4jLocal } from "../config";
import { Database } from "./database";
import { startLocalNeo4j } from "./localNeo4j";
import { applySchema } from "./schema";

export interface Neo4jHandle {
  db: Database;
  uri: string;
  /** Closes the driver, then stops the local Neo4j if this handle started it. */
  close(): Promise<void>;
}

export async function connectNeo4j(config: Neo4jExternal | Neo4jLocal, log: (line: string) => void = () => {}): Promise<Neo4jHandle> {
  let stopLocal: (() => Promise<void>) | undefined;
  let uri: string;
  let auth;
  let database: string | undefined;
  if (config.mode === "local") {
    const local = await startLocalNeo4j({ dir: config.dir, boltPort: config.boltPort, log });
    stopLocal = () => local.stop();
    uri = local.uri;
    auth = neo4j.auth.basic("neo4j", ""); // loopback only, started by us with authentication off: any credentials pass
  } else {
    uri = config.uri;
    auth = neo4j.auth.basic(config.user, config.password);
    database = config.database;
  }
  const driver = neo4j.driver(uri, auth, { userAgent: "partner-network" });
  const db = new Database(driver, database);
  const close = async () => {
    await db.close();
    if (stopLocal) await stopLocal();
  };
  try {
    await driver.verifyConnectivity({ database });
    await applySchema(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, uri, close };
}
