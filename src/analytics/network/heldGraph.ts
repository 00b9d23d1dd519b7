/**
 * The actor graph the ranking's worker holds between versions (ranking.worker.ts): the snapshot as
 * read (every actor's engagement numbers, sorted) and its adjacency (CSR, every list ascending).
 *
 * Building the adjacency from the engagements costs Σ k² over engagements of k actors with random
 * memory access: 5 s for a national network on a loaded machine, more than a ranking after a write
 * may take. After writes only the actors whose engagements changed get their lists built again;
 * every other list is copied, less and plus its ties to those actors. Because every list is kept
 * ascending, the adjacency patched is the very one a build of the patched snapshot gives (a test
 * checks it), and so is the ranking.
 */
import { csrFromEngagements, type Csr } from "./brandes";
import { type ActorGraphSnapshot, type SnapshotPatch, patchSnapshot, sortRows } from "./snapshot";

export interface HeldGraph {
  snapshot: ActorGraphSnapshot;
  csr: Csr;
}

/** The graph of a snapshot read whole (its rows are sorted in place). */
export function wholeGraph(snapshot: ActorGraphSnapshot): HeldGraph {
  sortRows(snapshot);
  const engagements = new Int32Array(snapshot.engagements.length);
  const count = denseNumbers(snapshot.engagements, engagements);
  const csr = csrFromEngagements(snapshot.ids.length, snapshot.offsets, engagements, count);
  for (let v = 0; v < csr.size; v++) csr.neighbours.subarray(csr.offsets[v], csr.offsets[v + 1]).sort();
  return { snapshot, csr };
}

/**
 * Engagement numbers (Neo4j's node numbers: small, dense integers) to indices 0..count-1 in `into`,
 * through a table as long as the largest number (a Map of millions of entries costs seconds).
 * Returns the count.
 */
function denseNumbers(numbers: Float64Array, into: Int32Array): number {
  let largest = -1;
  for (let j = 0; j < numbers.length; j++) largest = Math.max(largest, numbers[j]);
  const dense = new Int32Array(largest + 1).fill(-1);
  let count = 0;
  for (let j = 0; j < numbers.length; j++) {
    const key = numbers[j];
    if (dense[key] < 0) dense[key] = count++;
    into[j] = dense[key];
  }
  return count;
}

/** The graph after the writes `patch` describes: the same as `wholeGraph(patchSnapshot(held.snapshot, patch))`, in one pass over the lists. */
export function patchedGraph(held: HeldGraph, patch: SnapshotPatch): HeldGraph {
  const { snapshot, changed } = patchSnapshot(held.snapshot, patch);
  const old = held.snapshot;
  const size = snapshot.ids.length;

  // Old index to new (ids ascending in both: a merge), -1 for an actor gone; which actors changed.
  const oldToNew = new Int32Array(old.ids.length).fill(-1);
  for (let i = 0, j = 0; i < old.ids.length; i++) {
    while (j < size && snapshot.ids[j] < old.ids[i]) j++;
    if (j < size && snapshot.ids[j] === old.ids[i]) oldToNew[i] = j;
  }
  const changedNew = new Uint8Array(size);
  const changedOld = new Uint8Array(old.ids.length);
  for (let j = 0; j < size; j++) if (changed.has(snapshot.ids[j])) changedNew[j] = 1;
  for (let i = 0; i < old.ids.length; i++) if (oldToNew[i] < 0 || changed.has(old.ids[i])) changedOld[i] = 1;

  // The changed actors' neighbours, from the engagements they take part in now (one pass over the rows).
  const fresh = freshNeighbours(snapshot, changedNew);
  // Each other actor's ties to changed actors, from the changed actors' side (adjacency is symmetric).
  const extra = new Map<number, number[]>();
  for (const [c, list] of fresh) {
    for (const w of list) {
      if (changedNew[w]) continue;
      let ties = extra.get(w);
      if (!ties) extra.set(w, (ties = []));
      ties.push(c);
    }
  }

  const offsets = new Int32Array(size + 1);
  let neighbours = new Int32Array(held.csr.neighbours.length + 2 * [...fresh.values()].reduce((sum, l) => sum + l.length, 0));
  let n = 0;
  const newToOld = new Int32Array(size).fill(-1);
  for (let i = 0; i < oldToNew.length; i++) if (oldToNew[i] >= 0) newToOld[oldToNew[i]] = i;
  for (let v = 0; v < size; v++) {
    const list = fresh.get(v);
    if (list) {
      neighbours.set(list, n);
      n += list.length;
    } else {
      // Unchanged: its old list without changed actors (remapped: the order holds), merged with its ties to changed ones.
      const ties = (extra.get(v) ?? []).sort((a, b) => a - b);
      const u = newToOld[v];
      let t = 0;
      for (let j = held.csr.offsets[u]; j < held.csr.offsets[u + 1]; j++) {
        const w = held.csr.neighbours[j];
        if (changedOld[w]) continue;
        const mapped = oldToNew[w];
        while (t < ties.length && ties[t] < mapped) neighbours[n++] = ties[t++];
        neighbours[n++] = mapped;
      }
      while (t < ties.length) neighbours[n++] = ties[t++];
    }
    offsets[v + 1] = n;
  }
  neighbours = neighbours.slice(0, n);
  return { snapshot, csr: { size, offsets, neighbours } };
}

/** For every changed actor, its neighbours in `snapshot` (ascending): the other actors of its engagements. */
function freshNeighbours(snapshot: ActorGraphSnapshot, changed: Uint8Array): Map<number, number[]> {
  // The engagements of changed actors (marked in a table: the scan below looks up millions), then
  // every actor that takes part in one of them.
  let largest = -1;
  for (let v = 0; v < changed.length; v++) {
    if (changed[v]) for (let j = snapshot.offsets[v]; j < snapshot.offsets[v + 1]; j++) largest = Math.max(largest, snapshot.engagements[j]);
  }
  const wanted = new Uint8Array(largest + 1);
  for (let v = 0; v < changed.length; v++) {
    if (changed[v]) for (let j = snapshot.offsets[v]; j < snapshot.offsets[v + 1]; j++) wanted[snapshot.engagements[j]] = 1;
  }
  const members = new Map<number, number[]>();
  for (let v = 0; v < snapshot.ids.length; v++) {
    for (let j = snapshot.offsets[v]; j < snapshot.offsets[v + 1]; j++) {
      const e = snapshot.engagements[j];
      if (e > largest || wanted[e] === 0) continue;
      let list = members.get(e);
      if (!list) members.set(e, (list = []));
      list.push(v);
    }
  }
  const fresh = new Map<number, number[]>();
  for (let v = 0; v < changed.length; v++) {
    if (!changed[v]) continue;
    const seen = new Set<number>();
    for (let j = snapshot.offsets[v]; j < snapshot.offsets[v + 1]; j++) for (const w of members.get(snapshot.engagements[j]) ?? []) if (w !== v) seen.add(w);
    fresh.set(v, [...seen].sort((a, b) => a - b));
  }
  return fresh;
}
