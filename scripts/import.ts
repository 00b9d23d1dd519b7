/**
 * `npm run import -- [--replace] [--transaction-size N] FILE`: imports a partner-network/v1 file,
 * read as a stream. Exit 0 on success; on any problem in the file, exit 1 with every problem on
 * stderr and nothing written. See HELP for what --transaction-size trades away.
 * `npm run import -- --bulk FILE`: the same file, checked the same way, written into an empty local
 * store by Neo4j's offline importer (src/dataset/bulk/).
 */
import { Neo4jError } from "neo4j-driver";
import { bulkImportThreads, ConfigError, neo4jConfig } from "../src/config";
import { connectNeo4j } from "../src/db/connect";
import { isConnectionLost } from "../src/db/database";
import { LocalNeo4jError } from "../src/db/localNeo4j";
import { DatasetFileError } from "../src/dataset/file";
import { DatasetRejected, ImportInterrupted, ImportTooLarge, importParsedDataset, refusal } from "../src/dataset/import";
import { ProgressMeter } from "../src/dataset/progress";
import { datasetSource } from "../src/dataset/file";
import { parseDatasetFile } from "../src/dataset/read";
import { BulkImportUnfinished, bulkImportParsedDataset, checkBulkTarget } from "../src/dataset/bulk/bulkImport";
import { BulkImportRefused } from "../src/dataset/bulk/store";

const USAGE = "Usage: npm run import -- [--replace] [--transaction-size N] FILE\n       npm run import -- --bulk FILE";

const HELP = `${USAGE}

Imports a partner-network/v1 file into Neo4j (NEO4J_URI, or the project's local Neo4j). The whole
file is checked first; if it breaks any rule, every problem is printed and nothing is written.

  --replace               leave only the file's records: what the graph holds besides them goes
                          (the audit log stays)
  --transaction-size N    commit the writes every N rows instead of in one transaction

Without --transaction-size the import is one transaction: all or nothing, --replace included.
A large file may not fit in one transaction in Neo4j's memory (MemoryPoolOutOfMemoryError): then
give Neo4j more heap (NEO4J_LOCAL_HEAP, e.g. 12g, for the local one), or use --transaction-size,
e.g. 10000. The trade-off: if Neo4j fails part-way, the graph holds a partial import (with
--replace, part of the old graph may be gone too). Running the same command again completes it,
because every write is an idempotent upsert.

  --bulk                  write the file into the project's local Neo4j store with Neo4j's
                          offline importer: many times faster, for large files. The local Neo4j
                          must be stopped and its store (NEO4J_LOCAL_DIR, default .neo4j/) empty
                          or absent; otherwise nothing is changed. The file is checked exactly as
                          above. Not with NEO4J_URI, --replace or --transaction-size.
                          NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGECACHE size the Neo4j it runs.`;

class UsageError extends Error {}

interface Args {
  help: boolean;
  replace: boolean;
  bulk: boolean;
  transactionSize?: number;
  file: string;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const unknown: string[] = [];
  let replace = false;
  let bulk = false;
  let help = false;
  let size: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--replace") replace = true;
    else if (arg === "--bulk") bulk = true;
    else if (arg === "--transaction-size") size = argv[++i] ?? "";
    else if (arg.startsWith("--transaction-size=")) size = arg.slice("--transaction-size=".length);
    else if (arg.startsWith("-")) unknown.push(arg);
    else files.push(arg);
  }
  if (help) return { help, replace, bulk, file: "" };
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown.join(", ")}`);
  let transactionSize: number | undefined;
  if (size !== undefined) {
    if (!/^[1-9]\d*$/.test(size)) throw new UsageError(`--transaction-size takes a positive whole number of rows, got "${size}"`);
    transactionSize = Number(size);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? "FILE is missing" : `expected one FILE, got ${files.length}`);
  if (bulk && (replace || transactionSize !== undefined)) {
    throw new UsageError(`--bulk writes into an empty store: it takes neither ${replace ? "--replace" : "--transaction-size"} nor any other option`);
  }
  return { help, replace, bulk, transactionSize, file: files[0] };
}

async function main(): Promise<number> {
  const { help, replace, bulk, transactionSize, file } = parseArgs(process.argv.slice(2));
  if (help) {
    console.log(HELP);
    return 0;
  }
  const started = Date.now();
  const onProgress = (line: string) => console.error(`  ${line}`);
  if (bulk) return bulkImport(file, started, onProgress);
  // Read before Neo4j starts: a file that cannot be read or is not JSON should not cost a start-up.
  const parsed = await parseDatasetFile(file, new ProgressMeter(onProgress));
  const neo4j = await connectNeo4j(neo4jConfig(), (line) => console.error(line));
  try {
    const counts = await importParsedDataset(neo4j.db, parsed, { replace, transactionSize, onProgress, source: await datasetSource(file) });
    const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ");
    console.log(`Imported ${file}${replace ? " (graph replaced)" : ""} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
    return 0;
  } finally {
    await neo4j.close();
  }
}

/** --bulk: refusals first (they cost no read of a large file), then the same checks, then the offline importer. */
async function bulkImport(file: string, started: number, onProgress: (line: string) => void): Promise<number> {
  const config = neo4jConfig();
  if (config.mode !== "local") {
    throw new BulkImportRefused("--bulk writes the project's local Neo4j store, but NEO4J_URI names an external Neo4j: " +
      "unset NEO4J_URI (the store is NEO4J_LOCAL_DIR), or import online without --bulk. Nothing was changed.");
  }
  const sizes = { heap: config.heap, pageCache: config.pageCache };
  const activityThreads = bulkImportThreads();
  await checkBulkTarget({ dir: config.dir, ...sizes, onProgress });
  const parsed = await parseDatasetFile(file, new ProgressMeter(onProgress));
  const result = await bulkImportParsedDataset(parsed, { dir: config.dir, ...sizes, onProgress, activityThreads, source: await datasetSource(file) });
  const summary = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(", ");
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`Imported ${file} in bulk into ${config.dir} in ${seconds(Date.now() - started)} s ` +
    `(written in ${seconds(result.writeMs)} s, ${Math.round((result.records * 1000) / Math.max(result.writeMs, 1))} records/s): ${summary}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof DatasetRejected || error instanceof DatasetFileError || error instanceof ConfigError || error instanceof LocalNeo4jError ||
      error instanceof BulkImportRefused || error instanceof BulkImportUnfinished || error instanceof ImportTooLarge) {
      console.error(error.message);
    } else if (error instanceof ImportInterrupted) {
      console.error(error.message);
    } else if (isConnectionLost(error)) {
      // The connection went before the commit was acknowledged: Neo4j rolls back a transaction whose
      // client is gone, but a commit already under way may have completed.
      console.error(`Lost the connection to Neo4j during the import (${error.code}). ` +
        "The transaction was rolled back unless its commit had already reached Neo4j; run the same import again " +
        "once Neo4j is back: an import is idempotent, so it completes the graph either way.");
    } else if (error instanceof Neo4jError) {
      // Nothing was committed (one transaction, rolled back; or the first of several): one line, with the server's reason.
      console.error(refusal(error));
    } else console.error(error);
    process.exit(1);
  },
);
