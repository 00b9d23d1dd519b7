/**
 * The local Neo4j's store as the bulk import sees it (the data folder NEO4J_LOCAL_DIR, laid out by
 * scripts/neo4j/LocalNeo4j.java: `data/databases/neo4j`, `data/transactions/neo4j`):
 * - whether it may be written: no Neo4j running on it, no node in it;
 * - a staging folder beside it, the offline importer's NEO4J_HOME, whose finished store is moved
 *   in with renames (same file system) only once the importer has succeeded.
 */
import fs from "node:fs";
import neo4j from "neo4j-driver";
import path from "node:path";
import { Database } from "../../db/database";
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from "../../db/localNeo4j";
import { freePort } from "../../ports";

/** The store may not be written (Neo4j runs on it, or it holds data); nothing was changed. */
export class BulkImportRefused extends Error {
  override name = "BulkImportRefused";
}

const DATABASE = "neo4j";

export function databaseDir(dir: string): string {
  return path.join(dir, "data", "databases", DATABASE);
}

export function transactionsDir(dir: string): string {
  return path.join(dir, "data", "transactions", DATABASE);
}

/** The importer's NEO4J_HOME: inside the data folder, so that its store moves in by renaming. */
export function stagingHome(dir: string): string {
  return path.join(dir, "bulk-import");
}

export interface LocalStart {
  heap?: string;
  pageCache?: string;
  log: (line: string) => void;
}

/** Starts the local Neo4j on the data folder, on a free port (the configured one may be anyone's). */
export async function startOnStore(dir: string, options: LocalStart): Promise<{ local: LocalNeo4j; db: Database }> {
  const local = await startLocalNeo4j({ dir, boltPort: await freePort(), heap: options.heap, pageCache: options.pageCache, log: options.log });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", ""));
  return { local, db: new Database(driver) };
}

/**
 * Refuses (BulkImportRefused) unless the store may be written: no store yet, or one that holds no
 * node and that no Neo4j has open. A store that exists is opened to be counted, on a free port;
 * Neo4j itself refuses to open a store another Neo4j holds, which is how a running one is found.
 */
export async function checkStoreWritable(dir: string, options: LocalStart): Promise<void> {
  if (!fs.existsSync(databaseDir(dir))) return;
  options.log(`A store exists in ${dir}: starting Neo4j to check that it is empty…`);
  let started: Awaited<ReturnType<typeof startOnStore>>;
  try {
    started = await startOnStore(dir, options);
  } catch (error) {
    if (error instanceof LocalNeo4jError && /is locked|another Neo4j/.test(error.message)) {
      throw new BulkImportRefused(`Neo4j is running on the local store ${dir} (npm start or npm run neo4j?): ` +
        "stop it, then run the bulk import again. Nothing was changed.");
    }
    throw error;
  }
  try {
    const [row] = await started.db.read("bulk/node-count");
    const nodes = Number(row.nodes);
    if (nodes > 0) {
      throw new BulkImportRefused(`The local store ${dir} is not empty (${nodes} nodes): a bulk import writes only into an empty store. ` +
        "Import online instead (npm run import -- FILE), or move that folder away (or set NEO4J_LOCAL_DIR to a new one). Nothing was changed.");
    }
  } finally {
    await started.db.close();
    await started.local.stop();
  }
}

/** A fresh staging folder (one left by an interrupted bulk import is removed first). */
export function prepareStaging(dir: string): { home: string; csv: string } {
  const home = stagingHome(dir);
  fs.rmSync(home, { recursive: true, force: true });
  const csv = path.join(home, "csv");
  fs.mkdirSync(csv, { recursive: true });
  fs.mkdirSync(path.join(home, "conf"), { recursive: true });
  return { home, csv };
}

/** Moves the imported store in place of the (empty) one, then removes the staging folder. */
export function installStore(dir: string): void {
  const home = stagingHome(dir);
  for (const target of [databaseDir(dir), transactionsDir(dir)]) {
    const staged = path.join(home, path.relative(dir, target));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staged, target);
  }
  removeStaging(dir);
}

export function removeStaging(dir: string): void {
  fs.rmSync(stagingHome(dir), { recursive: true, force: true });
}
