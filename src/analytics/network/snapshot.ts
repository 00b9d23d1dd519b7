/**
 * The actor graph as the ranking's worker holds it between graph versions: every actor's id and
 * the engagements it takes part in (as numbers), read whole (actorGraph.ts) or patched after
 * writes. Kept apart from the ranking (ranking.ts) and the worker's graph (heldGraph.ts), which
 * both use it.
 */

/**
 * The actor graph as read: actor i has id `ids[i]` (ids ascending, as Neo4j orders them) and takes
 * part in `engagements[offsets[i] .. offsets[i + 1])` (engagement numbers, any range). The worker
 * sorts each actor's numbers (`sortRows`), so that a graph read whole and one patched after writes
 * are the same arrays whatever order Neo4j listed them in, and rank exactly alike.
 */
export interface ActorGraphSnapshot {
  ids: string[];
  offsets: Int32Array;
  engagements: Float64Array;
}

/**
 * What writes changed in the actor graph (actorGraph.ts reads it): the engagements whose INVOLVES
 * links were derived again, and the actors they now involve, read afresh. An actor not in `rows`
 * keeps its engagements less the `relinked` ones; an actor in `rows` gets the row given (a new
 * actor is added); an actor in `removed` is no longer an actor (archived).
 */
export interface SnapshotPatch {
  relinked: number[];
  rows: { id: string; engagements: number[] }[];
  removed: string[];
}

/** Sorts every actor's engagement numbers in place. */
export function sortRows(snapshot: ActorGraphSnapshot): ActorGraphSnapshot {
  for (let i = 0; i < snapshot.ids.length; i++) snapshot.engagements.subarray(snapshot.offsets[i], snapshot.offsets[i + 1]).sort();
  return snapshot;
}

/**
 * The snapshot after the writes `patch` describes (rows sorted, as `sortRows` leaves them), in one
 * pass over the arrays, and the ids of the actors whose engagements changed (or that came or went).
 */
export function patchSnapshot(snapshot: ActorGraphSnapshot, patch: SnapshotPatch): { snapshot: ActorGraphSnapshot; changed: Set<string> } {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const rows = [...patch.rows].sort(byId);
  const removed = new Set(patch.removed);
  const largest = patch.relinked.reduce((max, n) => Math.max(max, n), -1);
  const relinked = new Uint8Array(largest + 1);
  for (const n of patch.relinked) relinked[n] = 1;
  const changed = new Set([...rows.map((r) => r.id), ...patch.removed]);

  const ids: string[] = [];
  const offsets = new Int32Array(snapshot.ids.length + rows.length + 1);
  let engagements = new Float64Array(snapshot.engagements.length + rows.reduce((sum, r) => sum + r.engagements.length, 0));
  let filled = 0;
  const pushRow = (row: { id: string; engagements: number[] }) => {
    engagements.set(row.engagements, filled);
    engagements.subarray(filled, filled + row.engagements.length).sort();
    filled += row.engagements.length;
    ids.push(row.id);
    offsets[ids.length] = filled;
  };
  const old = snapshot.engagements;
  // Kept rows are copied in runs, one block each (per row, the copy's setup would cost more than the copy).
  let runFrom = 0;
  let runTo = 0;
  const flush = () => {
    engagements.set(old.subarray(runFrom, runTo), filled - (runTo - runFrom));
    runFrom = runTo;
  };
  let r = 0;
  for (let i = 0; i < snapshot.ids.length; i++) {
    const id = snapshot.ids[i];
    const from = snapshot.offsets[i];
    const to = snapshot.offsets[i + 1];
    if (r < rows.length && rows[r].id <= id) {
      flush();
      for (; r < rows.length && rows[r].id < id; r++) pushRow(rows[r]);
      if (r < rows.length && rows[r].id === id) {
        pushRow(rows[r++]);
        runFrom = runTo = to;
        continue;
      }
    }
    if (removed.has(id)) {
      flush();
      runFrom = runTo = to;
      continue;
    }
    let keepsAll = true;
    for (let j = from; j < to && keepsAll; j++) keepsAll = !(old[j] <= largest && relinked[old[j]] === 1);
    if (keepsAll) {
      if (runTo !== from) {
        flush();
        runFrom = from;
      }
      runTo = to;
      filled += to - from;
    } else {
      // It lost engagements relinked to other actors: the rest, in order.
      flush();
      for (let j = from; j < to; j++) if (!(old[j] <= largest && relinked[old[j]] === 1)) engagements[filled++] = old[j];
      changed.add(id);
      runFrom = runTo = to;
    }
    ids.push(id);
    offsets[ids.length] = filled;
  }
  flush();
  for (; r < rows.length; r++) pushRow(rows[r]);
  engagements = engagements.slice(0, filled);
  return { snapshot: { ids, offsets: offsets.slice(0, ids.length + 1), engagements }, changed };
}
