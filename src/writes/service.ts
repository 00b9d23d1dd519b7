/**
 * Every write goes through here (docs/writes.md): one managed write transaction (the driver retries
 * it on a transient error) that
 *   1. takes the graph's write lock (cypher/writes/lock.cypher): writes run one at a time;
 *   2. reads the record as stored, checks the caller may write it (identity/permissions.ts) and the
 *      version the caller read (CONFLICT when stale);
 *   3. checks the new record with the importer's rules, as a one-record dataset, against the graph
 *      in the same transaction (dataset/import.ts), the problems' paths rooted at the argument;
 *   4. writes it with the importer's own statements (dataset/write.ts), which also derive the actor
 *      graph again and stamp version, updatedAt and updatedBy;
 *   5. brings the activity tallies of what changed up to date (dataset/tallies.ts) and marks a new
 *      graph version, so that every analytic answered after the write reflects it;
 *   6. adds the audit entry (audit.ts).
 * Anything refused throws before the transaction commits: nothing is written, no entry is added.
 */
import { randomUUID } from "node:crypto";
import type { Database, Transaction } from "../db/database";
import { type Dataset, FORMAT } from "../dataset/format";
import { datasetProblems, readExisting } from "../dataset/import";
import { parseDataset } from "../dataset/parse";
import { formatProblem } from "../dataset/problems";
import { EMPTY_SCOPE, rebuildTallies, scopeOf, talliesCurrent, unionOf } from "../dataset/tallies";
import { type Stamp, writeInTransaction } from "../dataset/write";
import type { ExistingGraph } from "../dataset/validate";
import { ProgressMeter } from "../dataset/progress";
import { badInput, conflict, forbidden } from "../graphql/errors";
import type { Caller } from "../identity/caller";
import { refusalOf, type WriteRequest, writerRefusal } from "../identity/permissions";
import { type AuditFacts, addAuditEntry } from "../audit/log";
import { type DatasetRecord, type RecordKind, RECORD_KINDS, generatedId, isWritableType, readHead, readRecord, sameRecord } from "./records";

/** Who writes, and whether this server can know it (without a token key, nobody can write). */
export interface Writer {
  db: Database;
  caller: Caller;
  writesConfigured: boolean;
}

/** An archived record's marks, or a restored one's (all null). */
export interface ArchiveState {
  id: string;
  recordType: string;
  version: number;
  archivedAt: string | null;
  archivedBy: string | null;
  archiveReason: string | null;
}

const SILENT = new ProgressMeter(() => {});

/** Creates a record; returns its id. A create retried with the id of a record it already stored, with the same values, writes nothing and succeeds. */
export async function createRecord(writer: Writer, kind: RecordKind, input: DatasetRecord): Promise<string> {
  const record = definedValues(input);
  record.id ??= generatedId(kind);
  const id = String(record.id);
  authorize(writer, { operation: "create", type: kind.type, before: null, after: record });
  return inWriteTransaction(writer, async (tx, stamp) => {
    const head = await readHead(tx, id);
    if (head && head.type === kind.type && !head.archived) {
      if (sameRecord(await readRecord(tx, kind, id), record)) return id;
      throw conflict(`input.id: ${kind.type.toLowerCase()} "${id}" already exists with other values; change it with update${kind.type}`, { argument: "input.id", currentVersion: head.version });
    }
    const checked = await validate(tx, kind, record, "input");
    await store(tx, stamp, checked, id, async (previousGraphVersion) => {
      await audit(tx, writer, stamp, { operation: "create", recordType: kind.type, recordId: id, before: null, after: await readRecord(tx, kind, id), previousGraphVersion });
    });
    return id;
  });
}

/** Changes a record whose current version is `version`: the patch's fields replace the stored ones (null clears one). */
export async function updateRecord(writer: Writer, kind: RecordKind, id: string, version: number, patch: DatasetRecord): Promise<string> {
  return inWriteTransaction(writer, async (tx, stamp) => {
    const head = await liveHead(tx, kind, id);
    const before = await readRecord(tx, kind, id);
    const after = { ...before, ...definedValues(patch), id };
    authorize(writer, { operation: "update", type: kind.type, before, after });
    checkVersion(head.version, version);
    const checked = await validate(tx, kind, after, "patch");
    await store(tx, stamp, checked, id, async (previousGraphVersion) => {
      await audit(tx, writer, stamp, { operation: "update", recordType: kind.type, recordId: id, before, after: await readRecord(tx, kind, id), previousGraphVersion });
    });
    return id;
  });
}

/** Archives any record (docs/writes.md, "Archive"): refused while live records refer to it. */
export async function archiveRecord(writer: Writer, id: string, version: number, reason: string): Promise<ArchiveState> {
  authorizeWriter(writer);
  if (reason.trim() === "") throw badInput("reason", "must say why the record is archived");
  return inWriteTransaction(writer, async (tx, stamp) => {
    const head = await readHead(tx, id);
    if (!head || !isWritableType(head.type)) throw badInput("id", `no record "${id}" that can be archived`);
    if (head.archived) throw conflict(`id: "${id}" is already archived`, { argument: "id" });
    const kind = RECORD_KINDS[head.type];
    const before = await readRecord(tx, kind, id);
    authorize(writer, { operation: "archive", type: kind.type, before, after: null });
    checkVersion(head.version, version);
    const referrers = (await tx.run("writes/references", { id })).map((row) => String(row.id));
    if (referrers.length > 0) {
      throw conflict(`id: "${id}" is still referred to by live records (${referrers.join(", ")}${referrers.length === 10 ? ", …" : ""}); archive or change them first`, { argument: "id", referencedBy: referrers });
    }
    const previousGraphVersion = await writeTallied(tx, id, () => tx.run("writes/archive", { id, type: kind.type, reason, stamp }));
    const state = { archivedAt: stamp.at, archivedBy: stamp.by, archiveReason: reason };
    await audit(tx, writer, stamp, { operation: "archive", recordType: kind.type, recordId: id, before, after: { ...before, ...state }, previousGraphVersion });
    return { id, recordType: kind.type, version: head.version + 1, ...state };
  });
}

/** Brings an archived record back (ADMIN): refused while it refers to archived records. */
export async function restoreRecord(writer: Writer, id: string, version: number): Promise<ArchiveState> {
  return inWriteTransaction(writer, async (tx, stamp) => {
    const head = await readHead(tx, id);
    if (!head || !isWritableType(head.type) || !head.archived) throw badInput("id", `no archived record "${id}"`);
    const kind = RECORD_KINDS[head.type];
    const record = await readRecord(tx, kind, id);
    authorize(writer, { operation: "restore", type: kind.type, before: record, after: record });
    checkVersion(head.version, version);
    const archived = (await tx.run("writes/archived-references", { id })).map((row) => String(row.id));
    if (archived.length > 0) throw conflict(`id: "${id}" refers to archived records (${archived.join(", ")}); restore them first`, { argument: "id", archivedReferences: archived });
    const previousGraphVersion = await writeTallied(tx, id, async () => {
      await tx.run("writes/restore", { id, stamp });
      await tx.run("import/link-involvement", { rows: [id] }); // derives an engagement's links again; matches nothing for other types
    });
    await audit(tx, writer, stamp, { operation: "restore", recordType: kind.type, recordId: id, before: { ...record, ...head.marks }, after: record, previousGraphVersion });
    return { id, recordType: kind.type, version: head.version + 1, archivedAt: null, archivedBy: null, archiveReason: null };
  });
}

function audit(tx: Transaction, writer: Writer, stamp: Stamp, facts: AuditFacts): Promise<void> {
  const user = writer.caller.kind === "user" ? writer.caller : null;
  return addAuditEntry(tx, { userId: stamp.by, role: user?.role ?? null, unitId: user?.unitId ?? null }, stamp.at, facts);
}

/** Refuses a caller who may not write at all, before anything is read. */
function authorizeWriter(writer: Writer): void {
  const refusal = writerRefusal(writer.caller, writer.writesConfigured);
  if (refusal) throw forbidden(refusal.rule, refusal.message);
}

function authorize(writer: Writer, request: WriteRequest): void {
  const refusal = refusalOf(writer.caller, request, writer.writesConfigured);
  if (refusal) throw forbidden(refusal.rule, refusal.message);
}

function checkVersion(current: number, given: number): void {
  if (current !== given) {
    throw conflict(`version: the record is at version ${current}, not ${given}: it changed since it was read; read it again and redo the change`, { argument: "version", currentVersion: current });
  }
}

/** The stored, live record of this kind with this id; else a clear error naming `id`. */
async function liveHead(tx: Transaction, kind: RecordKind, id: string) {
  const head = await readHead(tx, id);
  if (!head || head.type !== kind.type || head.archived) throw badInput("id", `no ${kind.type.toLowerCase()} "${id}"${head?.archived ? " (it is archived)" : ""}`);
  return head;
}

/** The fields a GraphQL input gave (an omitted field is absent, one given as null clears it). */
function definedValues(input: DatasetRecord): DatasetRecord {
  const out: DatasetRecord = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    out[key] = value !== null && typeof value === "object" && !Array.isArray(value) ? definedValues(value as DatasetRecord) : value;
  }
  return out;
}

/** A record that passed every rule, as the one-record dataset the importer's statements write. */
interface Checked {
  dataset: Dataset;
  /** What the graph held of the record's ids (the importer's lookups). */
  stored: ExistingGraph;
}

/** The importer's rules on the record as a one-record dataset; every problem's path rooted at `argument`. */
async function validate(tx: Transaction, kind: RecordKind, record: DatasetRecord, argument: string): Promise<Checked> {
  const parsed = parseDataset({ format: FORMAT, [kind.section]: [record] });
  const existing = await readExisting(tx, parsed.dataset, SILENT);
  const problems = datasetProblems(parsed, existing);
  if (problems.total === 0) return { dataset: parsed.dataset, stored: existing };
  const prefix = `${kind.section}[0]`;
  const rooted = problems.kept.map((p) => ({ path: p.path.startsWith(prefix) ? argument + p.path.slice(prefix.length) : p.path, message: p.message }));
  const first = rooted[0];
  throw badInputProblems(first.path, rooted.map(formatProblem).join("; "), rooted);
}

function badInputProblems(argument: string, message: string, problems: { path: string; message: string }[]) {
  const error = badInput(argument, "x");
  error.message = message;
  Object.assign(error.extensions, { problems });
  return error;
}

/**
 * Stores the checked record with the importer's statements (see writeTallied); `audit` adds the
 * entry, given the version the write started from.
 */
async function store(tx: Transaction, stamp: Stamp, checked: Checked, id: string, audit: (previousGraphVersion: string | null) => Promise<void>): Promise<void> {
  await audit(await writeTallied(tx, id, () => writeInTransaction(tx, checked.dataset, checked.stored, { batchSize: 100, meter: SILENT, stamp })));
}

/**
 * Every write of a record goes through here: `change`, then the tallies it may have changed built
 * again (when they were current; those the record counted in before the change and those it counts
 * in after, so a record archived, restored or moved leaves no tally behind), and a new graph version.
 * Returns the version the write started from: its audit entry keeps both, so that the entries chain
 * every version writes made and whoever holds data of one version (the brokers ranking's actor
 * graph) can tell that only these writes changed the graph since, and catch up with them alone.
 */
async function writeTallied(tx: Transaction, id: string, change: () => Promise<unknown>): Promise<string | null> {
  const tallied = await talliesCurrent(tx);
  const before = tallied ? await scopeOf(tx, [id]) : EMPTY_SCOPE;
  await change();
  if (tallied) await rebuildTallies(tx, unionOf(before, await scopeOf(tx, [id])));
  const [row] = await tx.run("queries/graph-version");
  await tx.run("import/mark-version", { version: randomUUID(), tallied });
  return (row?.version as string | null | undefined) ?? null;
}

/** Runs `work` in one managed write transaction holding the write lock, with the write's stamp. */
function inWriteTransaction<T>(writer: Writer, work: (tx: Transaction, stamp: Stamp) => Promise<T>): Promise<T> {
  authorizeWriter(writer);
  const by = writer.caller.kind === "user" ? writer.caller.sub : "anonymous";
  return writer.db.writeTransaction(async (tx) => {
    await tx.run("writes/lock", { lock: randomUUID() });
    return work(tx, { at: new Date().toISOString(), by });
  });
}
