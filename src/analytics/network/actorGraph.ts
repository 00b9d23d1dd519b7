/**
 * Reading the actor graph for the brokers ranking (precompute.ts): whole, or only what writes
 * changed since the version the ranking's worker holds.
 *
 * A write names the record it changed in its audit entry, with the graph version it started from
 * and the one it made (writes/audit.cypher). When the entries since the held version chain without
 * a gap from it to the current version, writes alone changed the graph, and their records say which
 * engagements had their INVOLVES links derived again: the records themselves, and the activities
 * the importer relinks with a partnership or an actor (import/engagements-to-relink, the same
 * statement the writes run). Only the actors of those engagements are read again. Anything else
 * (an import, which adds an entry with no previous version; an interrupted import, which moves the
 * version with no entry; a graph emptied; too many writes) reads the graph whole.
 */
import type { Row, Transaction } from "../../db/database";
import { toNeo4jInt } from "../../db/mapping";
import type { ActorGraphSnapshot, SnapshotPatch } from "./snapshot";

/**
 * Actors read per page of a whole read: each page's rows are mapped on the event loop, so a page
 * must stay small. Pages of 5 000 read the M network no faster here and paused the event loop for up
 * to 431 ms, against 193 ms.
 */
const PAGE_SIZE = 1_000;

/** Most writes caught up with by a patch; beyond, reading the graph whole is as quick. */
export const MOST_PATCHED_WRITES = 1_000;

/** Which graph a read reflects: its version, and its last audit entry's number. */
export interface GraphMark {
  version: string;
  auditSequence: number;
}

/** The graph as a transaction read it: whole, or a patch of the graph of `base`. */
export type GraphRead =
  | { mark: GraphMark; base: null; snapshot: ActorGraphSnapshot }
  | { mark: GraphMark; base: GraphMark; patch: SnapshotPatch; writes: number };

/**
 * The actor graph in `tx`'s snapshot: a patch of the graph of `held` when writes alone changed it
 * since, else the whole graph. `stopped` is asked between pages of a whole read.
 */
export async function readActorGraph(tx: Transaction, held: GraphMark | null, stopped: () => boolean): Promise<GraphRead> {
  const [row] = await tx.run("queries/analytics/network/graph-mark");
  const mark = { version: String(row?.version ?? ""), auditSequence: Number(row?.auditSequence ?? 0) };
  const writes = held ? await writesSince(tx, held, mark) : null;
  if (held && writes) return { mark, base: held, patch: await readPatch(tx, writes), writes: writes.length };
  return { mark, base: null, snapshot: await readWhole(tx, stopped) };
}

/** The writes between `held` and `mark`, oldest first, when they alone changed the graph; else null. */
async function writesSince(tx: Transaction, held: GraphMark, mark: GraphMark): Promise<Row[] | null> {
  const count = mark.auditSequence - held.auditSequence;
  // A graph never marked, an audit log emptied (the graph wiped), or too many writes to be worth it.
  if (held.version === "" || count < 0 || count > MOST_PATCHED_WRITES) return null;
  const entries = await tx.run("queries/analytics/network/writes-since", { after: toNeo4jInt(held.auditSequence), limit: toNeo4jInt(count) });
  if (entries.length !== count) return null;
  let version = held.version;
  for (const entry of entries) {
    if (entry.operation === "import" || entry.previousGraphVersion !== version || typeof entry.graphVersion !== "string") return null;
    version = entry.graphVersion;
  }
  return version === mark.version ? entries : null;
}

/** What the writes changed: the engagements derived again, and their actors' and the written actors' rows as they are now. */
async function readPatch(tx: Transaction, writes: Row[]): Promise<SnapshotPatch> {
  const records = [...new Set(writes.map((w) => String(w.recordId)))];
  const actorIds = [...new Set(writes.filter((w) => w.recordType === "Actor").map((w) => String(w.recordId)))];
  const partnershipIds = [...new Set(writes.filter((w) => w.recordType === "Partnership").map((w) => String(w.recordId)))];
  const alsoRelinked = await tx.run("import/engagements-to-relink", { partnershipIds, actorIds });
  const engagements = await tx.run("queries/analytics/network/relinked-engagements", {
    ids: [...new Set([...records, ...alsoRelinked.map((r) => String(r.id))])],
  });
  const actors = [...new Set([...actorIds, ...engagements.flatMap((e) => e.actors as string[])])];
  const rows = (await tx.run("queries/analytics/network/actor-rows", { ids: actors })).map((r) => ({ id: String(r.id), engagements: r.engagements as number[] }));
  const found = new Set(rows.map((r) => r.id));
  return { relinked: engagements.map((e) => Number(e.number)), rows, removed: actorIds.filter((id) => !found.has(id)) };
}

/**
 * Every actor and the engagements it takes part in, page by page (within the caller's one read
 * transaction): the event loop serves requests between pages.
 */
async function readWhole(tx: Transaction, stopped: () => boolean): Promise<ActorGraphSnapshot> {
  // Typed arrays, grown by doubling: millions of numbers off the JavaScript heap, which the garbage
  // collector then never walks (a national network's lists in plain arrays paused the event loop
  // for half a second).
  const ids: string[] = [];
  let offsets = new Int32Array(PAGE_SIZE + 1);
  let engagements = new Float64Array(PAGE_SIZE * 8);
  let filled = 0;
  for (let after = ""; !stopped(); ) {
    const rows = await tx.run("queries/analytics/network/actor-engagements", { after, pageSize: toNeo4jInt(PAGE_SIZE) });
    for (const r of rows) {
      const list = r.engagements as number[];
      if (ids.length + 2 > offsets.length) offsets = grown(offsets, offsets.length * 2);
      if (filled + list.length > engagements.length) engagements = grown(engagements, Math.max(engagements.length * 2, filled + list.length));
      engagements.set(list, filled);
      filled += list.length;
      ids.push(r.id as string);
      offsets[ids.length] = filled;
    }
    if (rows.length < PAGE_SIZE) break;
    after = ids[ids.length - 1];
  }
  return { ids, offsets: offsets.slice(0, ids.length + 1), engagements: engagements.slice(0, filled) };
}

/** A copy of `array` with room for `length` elements. */
function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
