/**
 * The write phase of an import, once the dataset has passed every rule: each step applies one
 * statement of cypher/import/ to a list of records, in UNWIND batches whose rows are built per batch
 * (never a whole section's rows at once). The steps run in one transaction, or in transactions of at
 * most N rows committed in order. Every statement is an upsert that also replaces the record's own
 * relations, so running the steps again over a partial import completes it.
 */
import type { Database, Row, Transaction } from "../db/database";
import type { Dataset } from "./format";
import type { ProgressMeter } from "./progress";
import type { TallyChanges } from "./tallies";
import {
  activityRow, actorRow, countryRows, exchangeRateRow, hashedRow, membershipRow, partnershipRow, permitRow, planRow, projectRow, reportRow, reviewRow,
} from "./rows";
import { type ExistingGraph, definedIds, idsStoredOtherwise, membershipKey } from "./validate";

interface WriteStep<T = unknown, R = unknown> {
  label: string;
  statement: string;
  records: readonly T[];
  row: (record: T) => R;
  /** The graph holds the record as its row would write it: the row is left out. */
  unchanged?: (record: T, row: R) => boolean;
}

function step<T, R>(label: string, statement: string, records: readonly T[], row: (record: T) => R, unchanged?: (record: T, row: R) => boolean): WriteStep {
  return { label, statement, records, row, unchanged } as WriteStep;
}

/**
 * In order: records before the relations that point at them, records before the actor graph derived
 * from them. A record's row carries its digest (rowHash): one whose stored digest is the row's would
 * change nothing, and is not sent (a re-import of a large file that corrects a few records sends
 * those few). Memberships (not looked up), countries and exchange rates are always sent.
 */
function writeSteps(dataset: Dataset, stored: ExistingGraph): WriteStep[] {
  const asStored = (record: { id: string }, row: { hash: string }) => stored.entities.get(record.id)?.hash === row.hash;
  const actor = (a: Dataset["actors"][number]) => hashedRow(actorRow(a));
  return [
    step("countries", "import/upsert-countries", countryRows(dataset, stored.countries), (row) => row),
    step("exchange rates", "import/upsert-exchange-rates", dataset.exchangeRates, exchangeRateRow),
    step("actors", "import/upsert-actors", dataset.actors, actor, asStored),
    step("actor relations", "import/link-actors", dataset.actors, actor, asStored),
    step("memberships", "import/upsert-memberships", dataset.memberships, membershipRow),
    // Plans (with their tasks) before activities, which may serve a task of the same file.
    step("plans", "import/upsert-plans", dataset.plans, (p) => hashedRow(planRow(p)), asStored),
    step("partnerships", "import/upsert-partnerships", dataset.partnerships, (p) => hashedRow(partnershipRow(p)), asStored),
    // An activity the graph does not hold yet is created, not merged (`stored`, not in the digest).
    step("activities", "import/upsert-activities", dataset.activities,
      (a) => ({ ...hashedRow(activityRow(a)), stored: stored.entities.has(a.id) }), asStored),
    step("projects", "import/upsert-projects", dataset.projects, (p) => hashedRow(projectRow(p)), asStored),
    step("reviews", "import/upsert-reviews", dataset.reviews, (r) => hashedRow(reviewRow(r)), asStored),
    step("reports", "import/upsert-reports", dataset.reports, (r) => hashedRow(reportRow(r)), asStored),
    step("permits", "import/upsert-permits", dataset.permits, (p) => hashedRow(permitRow(p)), asStored),
  ];
}

/** The last step: recompute INVOLVES of these engagements from their relations as they now are. */
function relinkStep(engagementIds: readonly string[]): WriteStep {
  return step("actor graph", "import/link-involvement", engagementIds, (id) => id);
}

/**
 * The engagements whose INVOLVES the file may change. An engagement's INVOLVES follow from its own
 * relations, its partnership's parties and its participants' sides (import/link-involvement), so
 * when the actor graph matched the records before the import (`changed` given), they are the
 * engagements whose relations the write statements changed (`changed`, a new one's included), the
 * stored activities under a partnership whose parties changed, and those with an actor whose side
 * changed as a participant. A re-import after a correction derives again only what the correction
 * touched (at M, the actor graph of 527 000 engagements took about 20 s to find unchanged).
 *
 * Without `changed`: every engagement of the file, and the stored ones under its partnerships or
 * with its actors as participants. This is the way after a batched import was interrupted: the
 * records it committed read as unchanged, though their actor graph may be missing. Only
 * partnerships and actors the graph held before the import can have activities the file does not
 * hold (a new one has none), so only those are asked about, after the records are written.
 */
async function engagementsToRelink(tx: Transaction, dataset: Dataset, stored: ExistingGraph, changed?: ReadonlySet<string>): Promise<string[]> {
  const ids = new Set<string>(changed);
  if (!changed) {
    for (const p of dataset.partnerships) ids.add(p.id);
    for (const a of dataset.activities) ids.add(a.id);
    for (const p of dataset.projects) ids.add(p.id);
    for (const m of dataset.memberships) ids.add(membershipKey(m));
  }
  const partnerships = changed ? dataset.partnerships.filter((p) => changed.has(p.id)) : dataset.partnerships;
  const actors = changed ? dataset.actors.filter((a) => sideChanged(a, stored)) : dataset.actors;
  const storedIds = (records: readonly { id: string }[]) => records.filter((r) => stored.entities.has(r.id)).map((r) => r.id);
  const rows = await tx.run("import/engagements-to-relink", { partnershipIds: storedIds(partnerships), actorIds: storedIds(actors) });
  for (const row of rows) ids.add(String(row.id));
  return [...ids];
}

/** Whether the file gives a stored actor another side than the graph's (a participant counts only while FOREIGN). */
function sideChanged(actor: Dataset["actors"][number], stored: ExistingGraph): boolean {
  const side = stored.entities.get(actor.id)?.side;
  return side !== undefined && side !== actor.side;
}

/**
 * Who writes, and when: every record a write changes carries them (`updatedBy`, `updatedAt`), and
 * its version goes up by one. A record given as stored (the same values and relations) keeps its
 * own: a re-import of the same file changes nothing.
 */
export interface Stamp {
  /** ISO 8601 instant. */
  at: string;
  /** The writing user (a token's `sub`), or `import`. */
  by: string;
}

export interface WriteOptions {
  /** Rows per UNWIND statement. */
  batchSize: number;
  meter: ProgressMeter;
  stamp: Stamp;
  /**
   * The actor graph matched the records before these writes (no batched import left it
   * half-done): only the engagements whose relations the writes change are derived again
   * (engagementsToRelink). Else every engagement the file touches is.
   */
  actorGraphCurrent?: boolean;
  /** Gathers what the writes change in the activity tallies (an import in one transaction whose tallies are current). */
  tallies?: TallyChanges;
}

/** What the statements answer about the records they wrote, for the steps after them. */
interface Gathered {
  /** The engagements whose relations changed (when the actor graph is current: engagementsToRelink). */
  changed?: Set<string>;
  tallies?: TallyChanges;
}

/**
 * The engagements the write statements changed are collected only when the actor graph is current
 * (engagementsToRelink); else every engagement of the file is derived again, and a first import
 * would hold all of its ids for nothing.
 */
function gathering(options: WriteOptions): Gathered {
  return { changed: options.actorGraphCurrent ? new Set<string>() : undefined, tallies: options.tallies };
}

/** A statement's answer: `changed` (an engagement), `talliedId` with what it counted in before (`talliedYear`, `talliedCountry`). */
function gather(gathered: Gathered, rows: readonly Row[]): void {
  for (const row of rows) {
    if (gathered.changed && row.changed != null) gathered.changed.add(String(row.changed));
    if (gathered.tallies && row.talliedId != null) gathered.tallies.add(String(row.talliedId), { year: row.talliedYear, country: row.talliedCountry });
  }
}

/**
 * The step's batches, each sent before the previous one's answer is awaited: Neo4j runs a
 * transaction's statements in order, and while it runs one, Node builds and encodes the next
 * instead of waiting for it (BENCHMARKS.md, "The online import against the raw ingest ceiling").
 * One statement ahead at most, so at most two batches' rows are held at once. A failed statement
 * fails every later one of its transaction; the first failure is the one thrown. What the statements
 * answer about their records is gathered (a retried batched transaction only adds the same again).
 */
async function runBatches(
  tx: Transaction, s: WriteStep, records: readonly unknown[], options: WriteOptions, gathered: Gathered, report?: (done: number) => void,
): Promise<void> {
  let previous: Promise<unknown> | undefined;
  for (let i = 0; i < records.length; i += options.batchSize) {
    const end = Math.min(i + options.batchSize, records.length);
    const rows: unknown[] = [];
    for (const record of records.slice(i, end)) {
      const row = s.row(record);
      if (!s.unchanged?.(record, row)) rows.push(row);
    }
    if (rows.length === 0) {
      previous = Promise.resolve(previous).then(() => report?.(end));
      continue;
    }
    const sent = tx.run(s.statement, { rows, stamp: options.stamp });
    sent.catch(() => {}); // awaited below, once the statements before it have answered
    await previous;
    previous = sent.then((rows) => {
      gather(gathered, rows);
      report?.(end);
    });
  }
  await previous;
}

/** Every step inside the caller's transaction: all or nothing. */
export async function writeInTransaction(tx: Transaction, dataset: Dataset, stored: ExistingGraph, options: WriteOptions): Promise<void> {
  const gathered = gathering(options);
  const run = (s: WriteStep) => runBatches(tx, s, s.records, options, gathered, options.meter.step(s.label, s.records.length));
  for (const s of writeSteps(dataset, stored)) await run(s);
  const relink = await engagementsToRelink(tx, dataset, stored, gathered.changed);
  await options.tallies?.beforeRelink(tx, relink);
  await run(relinkStep(relink));
}

/**
 * `--replace` inside the caller's transaction. The old graph is not deleted first: every later
 * index seek of a transaction is checked against every node it has deleted, so writing a file
 * after deleting a graph of its size took time in the square of the size (an S file: more than
 * ten minutes, BENCHMARKS.md). The file's records are written over the stored ones instead, as
 * without `--replace`, and what the file does not hold is deleted last, after the seeks. Every
 * country the file uses is written, so that none of them counts as left over.
 */
export async function replaceInTransaction(tx: Transaction, dataset: Dataset, stored: ExistingGraph, options: WriteOptions): Promise<void> {
  const otherwise = idsStoredOtherwise(dataset, stored.entities);
  if (otherwise.length > 0) await tx.run("import/delete-entities", { ids: otherwise });
  // Every record is written, whatever its stored digest: a record given as stored may have lost a
  // relation to one of those just deleted.
  const entities = new Map([...stored.entities].map(([id, ref]) => [id, { ...ref, hash: undefined }]));
  for (const id of otherwise) entities.delete(id);
  await writeInTransaction(tx, dataset, { entities, countries: new Set() }, options);
  options.meter.line(() => "Deleting what the file does not hold (--replace)…", true);
  await tx.run("import/delete-not-in-file", {
    ids: definedIds(dataset),
    countries: countryRows(dataset, new Set()).map((c) => c.code),
    rates: dataset.exchangeRates.map((r) => { const { currency, year } = exchangeRateRow(r); return { currency, year }; }),
  });
}

/**
 * No `tallies`: a batched import builds every tally at its end (it marks them stale while it runs),
 * and its relink step reads no scope before it runs.
 */
export interface BatchedWriteOptions extends Omit<WriteOptions, "tallies"> {
  /** Rows per transaction. */
  transactionSize: number;
  /** Called after every commit, with the rows it wrote. */
  onCommit: (rows: number) => void;
}

/** Every step in transactions of at most `transactionSize` rows, each committed before the next starts. */
export async function writeInTransactions(db: Database, dataset: Dataset, stored: ExistingGraph, options: BatchedWriteOptions): Promise<void> {
  const gathered = gathering(options);
  const run = async (s: WriteStep) => {
    const report = options.meter.step(s.label, s.records.length);
    for (let i = 0; i < s.records.length; i += options.transactionSize) {
      const records = s.records.slice(i, i + options.transactionSize);
      // Those of a transaction retried are added again: a set.
      await db.writeTransaction((tx) => runBatches(tx, s, records, options, gathered));
      options.onCommit(records.length);
      report(i + records.length);
    }
  };
  for (const s of writeSteps(dataset, stored)) await run(s);
  // A write transaction, though it only reads: it goes to the leader, which has every commit above.
  await run(relinkStep(await db.writeTransaction((tx) => engagementsToRelink(tx, dataset, stored, gathered.changed))));
}
