/**
 * Opens the Neo4j the configuration names: an external server (NEO4J_URI) or the project's own
 * local one, which is started here and stopped again by `close()`. Applies the schema.
 */
import neo4j from "neo4j-driver";
import type { Neo4jExternal, Neo4jLocal } from "../config";
import { Database } from "./database";
import { startLocalNeo4j } from "./localNeo4j";
import { applySchema } from "./schema";

/**
 * How long the driver waits, so that a request fails quickly and clearly while Neo4j is away
 * (SERVICE_UNAVAILABLE within a few seconds, not after the driver's default 30 s of retries and
 * 60 s of waiting for a connection), and recovers by itself when Neo4j is back (the driver
 * reconnects on the next request). A retried transaction is tried again after about 1 s, and once
 * more after about 2 s more only if the first retry came early (the driver's jitter): a read
 * fails within about 1 to 3.5 s of Neo4j going away (measured: test/faults/neo4j-restart.test.ts).
 */
export const DRIVER_SETTINGS = {
  /** Opening a connection (TCP and Bolt handshake). */
  connectionTimeout: 3_000,
  /** Waiting for a free connection of the pool. */
  connectionAcquisitionTimeout: 5_000,
  /** Retrying a transaction after a transient error (a deadlock, a cluster member going away). */
  maxTransactionRetryTime: 1_000,
  maxConnectionPoolSize: 100,
};

export interface Neo4jHandle {
  db: Database;
  uri: string;
  /** Closes the driver, then stops the local Neo4j if this handle started it. */
  close(): Promise<void>;
}

/** Whether a Neo4j answers at `uri` right now. */
async function answers(uri: string, auth: ReturnType<typeof neo4j.auth.basic>): Promise<boolean> {
  const probe = neo4j.driver(uri, auth, { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    await probe.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}

export async function connectNeo4j(config: Neo4jExternal | Neo4jLocal, log: (line: string) => void = () => {}): Promise<Neo4jHandle> {
  let stopLocal: (() => Promise<void>) | undefined;
  let uri: string;
  let auth;
  let database: string | undefined;
  if (config.mode === "local") {
    auth = neo4j.auth.basic("neo4j", ""); // loopback only, started with authentication off: any credentials pass
    uri = `bolt://127.0.0.1:${config.boltPort}`;
    // `npm run neo4j` or `npm start` may already be running it: share it rather than fail on the port.
    if (await answers(uri, auth)) {
      log(`Using the local Neo4j already running at ${uri}`);
    } else {
      const local = await startLocalNeo4j({ dir: config.dir, boltPort: config.boltPort, heap: config.heap, pageCache: config.pageCache, log });
      stopLocal = () => local.stop();
      uri = local.uri;
    }
  } else {
    uri = config.uri;
    auth = neo4j.auth.basic(config.user, config.password);
    database = config.database;
  }
  const driver = neo4j.driver(uri, auth, { userAgent: "partner-network", ...DRIVER_SETTINGS });
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
