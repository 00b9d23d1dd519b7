/**
 * The brokers ranking of one snapshot of the actor graph, and the worker thread that computes it
 * off the service's event loop. The snapshot is what network/actor-engagements.cypher reads: every
 * actor's id and the engagements it takes part in (as numbers), so the actor graph itself (Σ k² pairs
 * over engagements of k actors) is built here, in the worker, not in Neo4j or on the event loop.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { betweenness, csrFromEngagements, ESTIMATE_CONFIDENCE } from "./brandes";

/** Betweenness values are rounded to this many decimals, so float noise neither shows nor breaks ties. */
export const BETWEENNESS_DECIMALS = 6;

export function roundBetweenness(value: number): number {
  const scale = 10 ** BETWEENNESS_DECIMALS;
  return Math.round(value * scale) / scale;
}

/** The actor graph as read: actor i has id `ids[i]` and takes part in `engagements[offsets[i] .. offsets[i + 1])` (engagement numbers, any range). */
export interface ActorGraphSnapshot {
  ids: string[];
  offsets: Int32Array;
  engagements: Float64Array;
}

export interface RankedActor {
  id: string;
  betweenness: number;
  /** Half-width of the ESTIMATE_CONFIDENCE interval around an estimate; null when exact. */
  errorBound: number | null;
}

export interface Ranking {
  /** The first `keep` actors, highest betweenness first, ties by id. */
  ranked: RankedActor[];
  exact: boolean;
  /** Sources searched (every actor when exact). */
  pivots: number;
  actors: number;
  confidence: number;
  /** Time spent on Brandes' searches, in ms. */
  milliseconds: number;
  /** Time spent building the actor graph from the snapshot, in ms. */
  buildMilliseconds: number;
  /** Adjacencies in the actor graph (each counted once). */
  adjacencies: number;
}

/** Builds the actor graph of `snapshot`, ranks it within `budgetMs`, and keeps the first `keep`. */
export function rankSnapshot(snapshot: ActorGraphSnapshot, budgetMs: number, keep: number): Ranking {
  const size = snapshot.ids.length;
  const started = performance.now();
  // Engagement numbers (Neo4j's node numbers: small, dense integers) to indices 0..count-1, through
  // a table as long as the largest number (a Map of millions of entries costs seconds).
  let largest = -1;
  for (let j = 0; j < snapshot.engagements.length; j++) largest = Math.max(largest, snapshot.engagements[j]);
  const dense = new Int32Array(largest + 1).fill(-1);
  let count = 0;
  const engagements = new Int32Array(snapshot.engagements.length);
  for (let j = 0; j < engagements.length; j++) {
    const key = snapshot.engagements[j];
    if (dense[key] < 0) dense[key] = count++;
    engagements[j] = dense[key];
  }
  const graph = csrFromEngagements(size, snapshot.offsets, engagements, count);
  const buildMilliseconds = performance.now() - started;
  const result = betweenness(graph, { budgetMs });
  const rounded = Float64Array.from(result.values, roundBetweenness);
  const order = Array.from({ length: size }, (_, i) => i).sort((x, y) => {
    const byValue = rounded[y] - rounded[x];
    if (byValue !== 0) return byValue;
    const a = snapshot.ids[x];
    const b = snapshot.ids[y];
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return {
    ranked: order.slice(0, keep).map((i) => ({
      id: snapshot.ids[i],
      betweenness: rounded[i],
      errorBound: result.errorBounds ? roundBetweenness(result.errorBounds[i]) : null,
    })),
    exact: result.exact,
    pivots: result.pivots,
    actors: size,
    confidence: ESTIMATE_CONFIDENCE,
    milliseconds: result.milliseconds,
    buildMilliseconds,
    adjacencies: graph.neighbours.length / 2,
  };
}

/**
 * The worker's entry. Compiled ahead of time (the Docker image runs dist/), it is the worker's
 * JavaScript; from the sources, it registers tsx (a runtime dependency, as for `npm start`) and
 * loads the TypeScript worker. Absolute paths: code evaluated in a worker resolves modules from the
 * working directory.
 */
const WORKER_BOOTSTRAP = __filename.endsWith(".js")
  ? `require(${JSON.stringify(path.join(__dirname, "ranking.worker.js"))});`
  : `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); ` +
    `require(${JSON.stringify(path.join(__dirname, "ranking.worker.ts"))});`;

export interface RankingTask {
  result: Promise<Ranking>;
  /** Stops the worker; `result` then rejects with the reason given. */
  cancel(reason: Error): void;
}

/**
 * `rankSnapshot` in a worker thread. The worker registers its own TypeScript loader: Node does not
 * hand a worker the loader hooks of the process that starts it. The snapshot's arrays are moved to
 * the worker, not copied: the caller must not use them afterwards.
 */
export function rankInWorker(snapshot: ActorGraphSnapshot, budgetMs: number, keep: number): RankingTask {
  const worker = new Worker(WORKER_BOOTSTRAP, {
    eval: true,
    workerData: { snapshot, budgetMs, keep },
    transferList: [snapshot.offsets.buffer as ArrayBuffer, snapshot.engagements.buffer as ArrayBuffer],
  });
  let cancelled: Error | null = null;
  const result = new Promise<Ranking>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => {
      // After a message this settles nothing; without one, the worker died or was stopped.
      reject(cancelled ?? new Error(`brokers ranking worker stopped with exit code ${code}`));
    });
  });
  return {
    result,
    cancel: (reason) => {
      cancelled = reason;
      void worker.terminate();
    },
  };
}
