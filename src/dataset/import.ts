/**
 * Imports a `partner-network/v1` dataset into Neo4j (docs/dataset-format.md, "Import semantics"). The whole dataset is
 * checked before anything is written: its shape record by record, then every integrity rule against
 * what the graph already holds. By default the lookups and the writes are one transaction, all or
 * nothing, and `replace` leaves only the file's records in that same transaction. With
 * `transactionSize` the lookups run in a read transaction and the writes are committed every N rows
 * (write.ts), for imports too large for one transaction in Neo4j's memory. Records are upserted by
 * id, so importing the same file twice changes nothing, and running an interrupted import again
 * completes it.
 */
import { randomUUID } from "node:crypto";
import { Neo4jError } from "neo4j-driver";
import { isConnectionLost, type Database, type Transaction } from "../db/database";
import { toNeo4jInt } from "../db/mapping";
import { KNOWN_COUNTRIES } from "../domain/countries";
import type { Dataset } from "./format";
import { type ParsedDataset, parseDataset } from "./parse";
import { type DatasetProblem, ProblemList, formatProblem } from "./problems";
import { ProgressMeter } from "./progress";
import { addAuditEntry } from "../audit/log";
import { type DatasetSource, datasetSource } from "./file";
import { parseDatasetFile } from "./read";
import { type EntityRef, type EntityType, checkIntegrity, idsToLookUp } from "./validate";
import { TallyChanges, rebuildAllTallies, rebuildTallies, talliesCurrent, writeCountedTallies } from "./tallies";
import { type Stamp, replaceInTransaction, writeInTransaction, writeInTransactions } from "./write";

export interface ImportOptions {
  /**
   * Leave only the file's records: in the same transaction (written over the stored records, the
   * rest deleted last), or, with `transactionSize`, after a wipe in transactions of that many nodes.
   */
  replace?: boolean;
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /**
   * Rows per transaction. Unset (the default): the whole import is one transaction, all or nothing.
   * Set: the dataset is still checked whole first and nothing is written if it breaks a rule, but the
   * rows are then committed N at a time; if Neo4j fails part-way, the graph holds a partial import,
   * which running the same import again completes.
   */
  transactionSize?: number;
  /** Progress lines for long imports (about one a second). */
  onProgress?: (line: string) => void;
  /**
   * Called after each commit of an import with `transactionSize`, with the number of commits so
   * far. An error thrown here stops the import as a crash would (tests simulate interruptions).
   */
  onCommit?: (commits: number) => void;
  /** The file imported, for the import's audit entry (importDatasetFile fills it in). */
  source?: DatasetSource;
}

export type ImportCounts = Record<keyof Dataset | "tasks", number>;

/** The dataset broke the rules; nothing was written. */
export class DatasetRejected extends Error {
  /** The problems listed (the first MAX_LISTED_PROBLEMS); `total` counts them all. */
  readonly problems: DatasetProblem[];
  readonly total: number;

  constructor(problems: ProblemList) {
    const { kept, total } = problems;
    const rest = total - kept.length;
    super(`The dataset was rejected (${total} problem${total === 1 ? "" : "s"}); nothing was written:\n` +
      kept.map((p) => "  " + formatProblem(p)).join("\n") +
      (rest > 0 ? `\n  … and ${rest} more (the first ${kept.length} are listed)` : ""));
    this.name = "DatasetRejected";
    this.problems = kept;
    this.total = total;
  }
}

/**
 * Why a write stopped, in one line. For a lost connection the driver's own text is that of its last
 * retry ("Failed to connect… encryption settings…"), which misleads about a connection that died
 * mid-import: it is named plainly instead.
 */
export function stopReason(cause: unknown): string {
  if (isConnectionLost(cause)) return `the connection to Neo4j was lost (${cause.code})`;
  if (cause instanceof Neo4jError) return `${cause.message.split("\n")[0]} (${cause.code})`;
  return cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
}

/** An import with `transactionSize` stopped after committing part of the dataset (the cause says why). */
export class ImportInterrupted extends Error {
  constructor(
    readonly commits: number,
    /** Rows the committed transactions wrote. */
    readonly rows: number,
    readonly wiped: boolean,
    override readonly cause: unknown,
  ) {
    super(`The import stopped after committing ${commits} transaction${commits === 1 ? "" : "s"} (${rows} rows written)` +
      `${wiped ? ", the graph having been wiped first" : ""}: ${stopReason(cause)}. ` +
      "The graph holds a partial import; run the same import again to complete it.");
    this.name = "ImportInterrupted";
  }
}

/** Neo4j's refusal of an import of which nothing was committed, in one line with its reason. */
export function refusal(cause: Neo4jError): string {
  return `Neo4j refused the import (${cause.code}): ${cause.message.split("\n")[0]}. Nothing was written.`;
}

/** Neo4j's code for a transaction that outgrew its memory (dbms.memory.transaction.total.max). */
const TRANSACTION_MEMORY_FULL = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

/**
 * The one-transaction import outgrew Neo4j's transaction memory, in a statement or at the commit,
 * and was rolled back: the driver's error with what to do about it. Neo4j calls that error
 * transient; the import's transaction is never run again (writeTransactionOnce), since a second
 * run would fail the same way after as long again.
 */
export class ImportTooLarge extends Error {
  constructor(override readonly cause: Neo4jError) {
    super(`${refusal(cause)} ` +
      "The import did not fit in one transaction: give Neo4j more heap (its transaction memory, " +
      "dbms.memory.transaction.total.max, is 70% of the heap by default; for the project's local Neo4j set NEO4J_LOCAL_HEAP, " +
      "e.g. 12g for a first import of about 500 000 activities), or use --transaction-size N.");
    this.name = "ImportTooLarge";
  }
}

/** Imports a dataset held as an object (tests, small documents). */
export async function importDataset(db: Database, raw: unknown, options: ImportOptions = {}): Promise<ImportCounts> {
  return importParsedDataset(db, parseDataset(raw), options);
}

/** Imports a dataset file, read as a stream: neither its text nor its raw records are held whole. */
export async function importDatasetFile(db: Database, file: string, options: ImportOptions = {}): Promise<ImportCounts> {
  const parsed = await parseDatasetFile(file, meterFor(options));
  return importParsedDataset(db, parsed, { ...options, source: options.source ?? (await datasetSource(file)) });
}

/** Imports a dataset already read and shape-checked by `parseDatasetFile` (the CLI reads before it connects). */
export async function importParsedDataset(db: Database, parsed: ParsedDataset, options: ImportOptions = {}): Promise<ImportCounts> {
  const size = options.transactionSize;
  if (size === undefined) return importInOneTransaction(db, parsed, options);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`transactionSize must be a positive integer, got ${size}`);
  return importInTransactions(db, parsed, size, options);
}

/**
 * The whole graph but its history removed, `rows` relationships, then `rows` nodes, per transaction:
 * relationships first, since a node deleted with its relationships brings all of them into its
 * transaction (at L, a hub's exceeded the transaction memory of a 4 GiB heap).
 */
export async function wipeInTransactions(db: Database, rows: number): Promise<void> {
  await db.autoCommit("import/wipe-relationships-in-transactions", { rows: toNeo4jInt(rows) });
  await db.autoCommit("import/wipe-in-transactions", { rows: toNeo4jInt(rows) });
}

/** What an import stamps on the records it writes. */
export function importStamp(): Stamp {
  return { at: new Date().toISOString(), by: IMPORTER.userId };
}

function meterFor(options: ImportOptions): ProgressMeter {
  return new ProgressMeter(options.onProgress ?? (() => {}));
}

/** What the graph holds of the ids a dataset defines or references (see readExisting). */
export interface Existing {
  entities: Map<string, EntityRef>;
  countries: Set<string>;
  /** The graph held no entity: after an import it holds exactly the file's records. */
  empty?: boolean;
}

/** With `replace` the graph is about to go: nothing stored counts for the checks. */
const NOTHING_STORED = (): Existing => ({ entities: new Map(), countries: new Set() });

/**
 * The default: lookups, checks and writes in one transaction, all or nothing. With `replace`, the
 * file is checked first, as if the graph were empty; the lookups follow, for the writes, which go
 * over the stored records (replaceInTransaction).
 */
async function importInOneTransaction(db: Database, parsed: ParsedDataset, options: ImportOptions): Promise<ImportCounts> {
  const meter = meterFor(options);
  return explainedWhenTooLarge(() => db.writeTransactionOnce(async (tx) => {
    if (options.replace) rejectIfBroken(parsed, NOTHING_STORED(), meter);
    const existing = await readExisting(tx, parsed.dataset, meter);
    if (!options.replace) rejectIfBroken(parsed, existing, meter);
    // Current tallies: no batched import left the graph half-done, so its actor graph matches the
    // records too (a batched import marks them stale at its start and builds them at its end).
    const current = await talliesCurrent(tx);
    // Only the tallies of what the writes change are built again, when they are current; when the
    // graph will hold exactly the file's records, they are counted from the file.
    const counted = (options.replace || existing.empty === true) && (await holdsExactlyTheFile(tx, options));
    const tallies = counted ? "counted" : current ? new TallyChanges() : "all";
    const write = options.replace ? replaceInTransaction : writeInTransaction;
    await write(tx, parsed.dataset, existing, {
      batchSize: options.batchSize ?? 1000, meter, stamp: importStamp(), actorGraphCurrent: current, tallies: tallies instanceof TallyChanges ? tallies : undefined,
    });
    await closeImport(tx, meter, parsed.dataset, options, tallies);
    return counts(parsed.dataset);
  }));
}

/**
 * Whether the graph will hold exactly the file's records once the import's transaction commits: with
 * --replace, or when the graph is still empty. Takes the writes' lock (cypher/writes/lock.cypher)
 * first, for the rest of the transaction: no write commits beside such an import (they wait for
 * it), so none is missing from tallies counted from the file.
 */
async function holdsExactlyTheFile(tx: Transaction, options: ImportOptions): Promise<boolean> {
  await tx.run("writes/lock", { lock: randomUUID() });
  if (options.replace) return true;
  const [{ empty }] = await tx.run("queries/graph-is-empty");
  return empty === true;
}

/** `work`, with Neo4j's transaction-memory error turned into an ImportTooLarge (see there). */
async function explainedWhenTooLarge<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof Neo4jError && error.code === TRANSACTION_MEMORY_FULL ? new ImportTooLarge(error) : error;
  }
}

/** Lookups in a read transaction and every check first; then the writes, committed every `size` rows. */
async function importInTransactions(db: Database, parsed: ParsedDataset, size: number, options: ImportOptions): Promise<ImportCounts> {
  const meter = meterFor(options);
  const existing = options.replace ? NOTHING_STORED() : await db.readTransaction((tx) => readExisting(tx, parsed.dataset, meter));
  rejectIfBroken(parsed, existing, meter);
  // As in importInOneTransaction, read before this import marks the tallies stale below; a wiped
  // graph has nothing stored to compare.
  const actorGraphCurrent = !options.replace && (await db.readTransaction(talliesCurrent));
  let commits = 0;
  let rows = 0;
  let wiped = false;
  try {
    if (options.replace) {
      meter.line(() => `Wiping the graph (--replace), ${size} relationships, then ${size} nodes, per transaction…`, true);
      wiped = true; // from its first inner commit on, part of the graph may be gone
      await wipeInTransactions(db, size);
    }
    // Marked before the first write commits and after the last: an answer cached while the import
    // runs, or after it stopped half-way, is keyed by a version no complete graph carries, and the
    // activity tallies no longer match the graph until closeImport builds them again.
    await db.write("import/mark-version", { version: randomUUID(), tallied: false });
    await writeInTransactions(db, parsed.dataset, existing, {
      batchSize: Math.min(options.batchSize ?? 1000, size), meter, transactionSize: size, stamp: importStamp(), actorGraphCurrent,
      onCommit: (committed) => {
        commits++; // counted whether anyone listens: the report after a failure depends on it
        rows += committed;
        options.onCommit?.(commits);
      },
    });
    await db.writeTransaction((tx) => closeImport(tx, meter, parsed.dataset, options, "all"));
  } catch (error) {
    if (commits > 0 || wiped) throw new ImportInterrupted(commits, rows, wiped, error);
    throw error; // nothing was committed
  }
  return counts(parsed.dataset);
}

/**
 * Which activity tallies closeImport builds again: every one, by walking the graph; those of what
 * the writes changed (gathered by the writes); every one counted from the file, when the import's
 * one transaction leaves the graph holding exactly the file's records (into an empty graph, or with
 * --replace); or none, when the bulk import wrote them with the store.
 */
export type TalliesToBuild = "all" | TallyChanges | "counted" | "written";

/**
 * The import's last writes, in one transaction: the activity tallies partnerCoverage reads, built
 * again (see TalliesToBuild), then a new graph version, which they are marked as matching, and the
 * import's audit entry (file, SHA-256, counts, --replace). A batched import builds them all: while
 * it runs they are marked stale, so writes made meanwhile leave them alone, and only a whole build
 * catches those up too.
 */
export async function closeImport(tx: Transaction, meter: ProgressMeter, dataset: Dataset, options: ImportOptions, tallies: TalliesToBuild): Promise<void> {
  const onStep = (name: string, ms: number) => meter.line(() => `tallies for coverage: ${name} in ${(ms / 1000).toFixed(1)} s`, true);
  if (tallies === "all" || (tallies instanceof TallyChanges && tallies.tooMany)) await rebuildAllTallies(tx, onStep);
  else if (tallies instanceof TallyChanges) await rebuildTallies(tx, await tallies.scope(tx), onStep);
  else if (tallies === "counted") await writeCountedTallies(tx, dataset, onStep);
  await tx.run("import/mark-version", { version: randomUUID(), tallied: true });
  await addAuditEntry(tx, IMPORTER, new Date().toISOString(), {
    operation: "import", recordType: "Dataset", recordId: options.source?.file ?? null, before: null,
    after: { file: options.source?.file ?? null, sha256: options.source?.sha256 ?? null, counts: counts(dataset), replace: options.replace === true },
  });
}

/** The author of an import's audit entry and of the records it stamps. */
const IMPORTER = { userId: "import", role: null, unitId: null };

/** Every problem of the file, its shape's and its integrity's; throws if there is any. */
function rejectIfBroken(parsed: ParsedDataset, existing: Existing, meter: ProgressMeter): void {
  const total = recordCount(parsed.dataset);
  meter.line(() => `checking ${total} records against the integrity rules…`, true);
  const done = meter.step("integrity rules", total);
  const problems = datasetProblems(parsed, existing);
  if (problems.total > 0) throw new DatasetRejected(problems);
  done(total);
}

/**
 * Every problem of a parsed dataset: its shape's, then every integrity rule against what the graph
 * holds (`readExisting`). The importer's check, and the writes' (src/writes/): one set of rules.
 */
export function datasetProblems(parsed: ParsedDataset, existing: Existing): ProblemList {
  const problems = new ProblemList();
  problems.append(parsed.problems);
  const countries = new Set([...KNOWN_COUNTRIES.keys(), ...existing.countries]);
  problems.append(checkIntegrity(parsed.dataset, { entities: existing.entities, countries }, parsed.malformedIds));
  return problems;
}

const LABEL_TO_TYPE: Record<string, EntityType> = {
  Actor: "actor", Partnership: "partnership", Activity: "activity", Project: "project",
  Review: "review", Plan: "plan", Task: "task", Report: "report", Permit: "permit",
};

/** Types of the ids the file references or defines that are already in the graph, and the stored countries. */
export async function readExisting(tx: Transaction, dataset: Dataset, meter = new ProgressMeter(() => {})): Promise<Existing> {
  const countries = new Set((await tx.run("import/country-codes")).map((r) => String(r.code)));
  // A graph without entities holds none of the file's ids: the first import into an empty store
  // (at M, 600 000 ids in 61 statements) asks nothing.
  const [{ empty }] = await tx.run("queries/graph-is-empty");
  if (empty === true) return { entities: new Map(), countries, empty: true };
  const ids = idsToLookUp(dataset);
  const entities = new Map<string, EntityRef>();
  const batch = 10000;
  const report = meter.step("looking up ids in the graph", ids.length);
  for (let i = 0; i < ids.length; i += batch) {
    for (const row of await tx.run("import/lookup-entities", { ids: ids.slice(i, i + batch) })) {
      const type = LABEL_TO_TYPE[String(row.label)];
      if (!type) continue;
      entities.set(String(row.id), {
        type, side: (row.side ?? undefined) as EntityRef["side"], kind: (row.kind ?? undefined) as string | undefined,
        archived: row.archived === true, hash: (row.hash ?? undefined) as string | undefined,
      });
    }
    report(Math.min(i + batch, ids.length));
  }
  return { entities, countries };
}

function recordCount(d: Dataset): number {
  return Object.values(counts(d)).reduce((a, b) => a + b, 0);
}

export function counts(d: Dataset): ImportCounts {
  return {
    countries: d.countries.length, exchangeRates: d.exchangeRates.length, actors: d.actors.length,
    memberships: d.memberships.length, partnerships: d.partnerships.length, activities: d.activities.length,
    projects: d.projects.length, reviews: d.reviews.length, plans: d.plans.length,
    tasks: d.plans.reduce((n, p) => n + p.tasks.length, 0), reports: d.reports.length, permits: d.permits.length,
  };
}
