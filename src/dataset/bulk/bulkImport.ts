/**
 * `npm run import -- --bulk FILE` (docs/bulk-import.md): a dataset written into an empty local
 * store by Neo4j's offline importer, for files too large to wait for an online import.
 *
 * 1. The store must be writable (store.ts): no Neo4j running on it, no node in it. Otherwise the
 *    import is refused and nothing is changed.
 * 2. The file is checked exactly as an online import checks it (the same rules, the same problems
 *    with their JSON paths), against an empty graph; if it breaks a rule nothing is written.
 * 3. Its records become CSV files (tables.ts) in a staging folder, which the offline importer
 *    turns into a store (adminImport.ts); that store is then moved in place of the empty one.
 *    The coverage tallies are among them (countedTallies.ts), as is the actor graph.
 * 4. Neo4j is started on it to finish as an online import finishes, with the same code: the schema
 *    (cypher/schema), the empty lists the importer cannot write, then closeImport (the graph
 *    version, which the tallies are marked as matching, and the import's audit entry). Neo4j is
 *    stopped again at the end.
 */
import path from "node:path";
import type { ParsedDataset } from "../parse";
import { DatasetRejected, closeImport, counts, datasetProblems, importStamp, type ImportCounts } from "../import";
import type { DatasetSource } from "../file";
import { ProgressMeter } from "../progress";
import { applySchema } from "../../db/schema";
import type { Database } from "../../db/database";
import { runAdminImport } from "./adminImport";
import { type BulkTables, type EmptyLists, writeBulkTables } from "./tables";
import { checkStoreWritable, installStore, prepareStaging, removeStaging, startOnStore } from "./store";

export interface BulkImportOptions {
  /** The local Neo4j's data folder (NEO4J_LOCAL_DIR). */
  dir: string;
  /** JVM heap of the Neo4j started to check and finish the store, and of the importer (default 2g). */
  heap?: string;
  /** Page cache of that Neo4j (default 1g). */
  pageCache?: string;
  onProgress?: (line: string) => void;
  source?: DatasetSource;
  /** Threads that write the activities' CSV rows (default: tables.ts, activityThreads). */
  activityThreads?: number;
}

/**
 * The store was written but not finished (schema, empty lists, graph version, audit entry): it holds
 * the records, so a bulk import would now refuse it. Said plainly, with the way out.
 */
export class BulkImportUnfinished extends Error {
  override name = "BulkImportUnfinished";

  constructor(dir: string, override readonly cause: unknown) {
    super(`The store in ${dir} was written, but finishing it failed: ${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)}. ` +
      `Its records are there without their schema, graph version and audit entry: remove ${dir} and run the bulk import again ` +
      "(see logs/ in that folder for Neo4j's side).");
  }
}

export interface BulkImportResult {
  counts: ImportCounts;
  records: number;
  /** Milliseconds from the checked file to the finished store (CSV, offline import, finishing). */
  writeMs: number;
}

/** Refuses unless the store may be written; call before reading a large file, so a refusal comes early. */
export async function checkBulkTarget(options: BulkImportOptions): Promise<void> {
  await checkStoreWritable(options.dir, { heap: options.heap, pageCache: options.pageCache, log: options.onProgress ?? (() => {}) });
}

/** Checks the parsed file and writes it into the (checked) empty store. */
export async function bulkImportParsedDataset(parsed: ParsedDataset, options: BulkImportOptions): Promise<BulkImportResult> {
  const log = options.onProgress ?? (() => {});
  const meter = new ProgressMeter(log);
  const records = Object.values(counts(parsed.dataset)).reduce((a, b) => a + b, 0);
  meter.line(() => `checking ${records} records against the integrity rules…`, true);
  // The store is empty: nothing stored counts, as for an online import with --replace.
  const problems = datasetProblems(parsed, { entities: new Map(), countries: new Set() });
  if (problems.total > 0) throw new DatasetRejected(problems);

  const started = Date.now();
  const heap = options.heap ?? "2g";
  const { home, csv } = prepareStaging(options.dir);
  let tables: BulkTables;
  try {
    tables = await writeBulkTables(parsed.dataset, csv, importStamp(), (name, rows) => log(`CSV: ${name}: ${rows} rows (${((Date.now() - started) / 1000).toFixed(1)} s)`),
      options.activityThreads);
    log(`CSV: ${tables.nodeCount} nodes, ${tables.relationshipCount} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await runAdminImport(tables, { home, heap, offHeap: "2g", logFile: path.join(options.dir, "logs", "bulk-import.log"), log });
    installStore(options.dir);
  } catch (error) {
    removeStaging(options.dir); // the data folder is as it was
    throw error;
  }
  log(`Store written in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Neo4j to finish it…`);
  try {
    await finish(parsed, tables.emptyLists, options, heap, meter);
  } catch (error) {
    throw new BulkImportUnfinished(options.dir, error);
  }
  return { counts: counts(parsed.dataset), records, writeMs: Date.now() - started };
}

/** What an online import does after its writes, on the imported store, with the same code. */
async function finish(parsed: ParsedDataset, emptyLists: EmptyLists, options: BulkImportOptions, heap: string, meter: ProgressMeter): Promise<void> {
  const log = options.onProgress ?? (() => {});
  let step = Date.now();
  const { local, db } = await startOnStore(options.dir, { heap, pageCache: options.pageCache ?? "1g", log });
  log(`Neo4j started in ${((Date.now() - step) / 1000).toFixed(1)} s`);
  try {
    step = Date.now();
    await applySchema(db);
    log(`constraints and indexes online in ${((Date.now() - step) / 1000).toFixed(1)} s`);
    step = Date.now();
    await setEmptyLists(db, emptyLists);
    log(`empty lists set in ${((Date.now() - step) / 1000).toFixed(1)} s`);
    await db.writeTransaction((tx) => closeImport(tx, meter, parsed.dataset, { source: options.source }, "written"));
  } finally {
    step = Date.now();
    await db.close();
    await local.stop();
    log(`Neo4j stopped (its checkpoint) in ${((Date.now() - step) / 1000).toFixed(1)} s`);
  }
}

const BATCH = 10_000;

async function setEmptyLists(db: Database, empty: EmptyLists): Promise<void> {
  if (empty.tallies) await db.write("bulk/empty-tally-lists");
  for (const [statement, groups] of [["bulk/empty-lists", empty.entities], ["bulk/empty-lists-commitments", empty.commitments]] as const) {
    for (const [keys, ids] of groups) {
      const lists = Object.fromEntries(keys.split(",").map((key) => [key, []]));
      for (let i = 0; i < ids.length; i += BATCH) await db.write(statement, { ids: ids.slice(i, i + BATCH), lists });
    }
  }
}
