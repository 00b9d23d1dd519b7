/**
 * The brokers ranking of the actor graph, and the worker thread that computes it off the service's
 * event loop and keeps the graph between versions. The snapshot is what
 * network/actor-engagements.cypher reads: every actor's id and the engagements it takes part in (as
 * numbers), so the actor graph itself (Σ k² pairs over engagements of k actors) is built in the
 * worker (heldGraph.ts), not in Neo4j or on the event loop; after writes, a patch of it (snapshot.ts).
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { betweenness, ESTIMATE_CONFIDENCE } from "./brandes";
import type { HeldGraph } from "./heldGraph";
import type { ActorGraphSnapshot, SnapshotPatch } from "./snapshot";

/** Betweenness values are rounded to this many decimals, so float noise neither shows nor breaks ties. */
export const BETWEENNESS_DECIMALS = 6;

export function roundBetweenness(value: number): number {
  const scale = 10 ** BETWEENNESS_DECIMALS;
  return Math.round(value * scale) / scale;
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
  /** Time spent building the actor graph from the snapshot, or patching the one held, in ms. */
  buildMilliseconds: number;
  /** Adjacencies in the actor graph (each counted once). */
  adjacencies: number;
}

export interface RankOptions {
  /** The ranking's whole budget (ms), from the graph's change on: exact when it is predicted to fit, else a sampled estimate. */
  budgetMs: number;
  /** What reading, patching and building the graph took of it already (ms) (see `searchBudget`). */
  spentMs: number;
  /** How many actors to keep. */
  keep: number;
  /** Asked between searches: true stops the ranking (`RankingStopped`). */
  stopped?: () => boolean;
}

/**
 * The searches' share of the budget: what reading and building the graph left of it, so that the
 * ranking is ready within the budget of the change, but at least a third of it (a sampled estimate
 * needs some sources). When reading alone overran the budget (a national network read whole), no
 * answer can be on time: the searches get the whole budget again, for a better estimate.
 */
export function searchBudget(budgetMs: number, spentMs: number): number {
  if (spentMs > budgetMs) return budgetMs;
  return Math.max(budgetMs - spentMs, budgetMs / 3);
}

/** Ranks the graph within the budget (`buildMilliseconds`: what building or patching it took), and keeps the first `keep`. */
export function rankGraph({ snapshot, csr: graph }: HeldGraph, options: RankOptions & { buildMilliseconds: number }): Ranking {
  const { keep, buildMilliseconds } = options;
  const size = snapshot.ids.length;
  const result = betweenness(graph, { budgetMs: searchBudget(options.budgetMs, options.spentMs), stopped: options.stopped });
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
  /** The ranking; null when only the graph was given to the worker (`rank: false`). */
  result: Promise<Ranking | null>;
  /** Stops the ranking between two searches; `result` then rejects with the reason given. The worker keeps the graph. */
  cancel(reason: Error): void;
}

/** What the worker is asked: a graph (whole, or a patch of the one it holds), then, unless `rank` is false, its ranking. */
export interface RankingRequest {
  graph: { snapshot: ActorGraphSnapshot } | { patch: SnapshotPatch };
  /** The ranking's budget and size, and when its time began (Date.now() at the change's read): the worker counts what was spent since. */
  rank: false | { budgetMs: number; keep: number; startedAt: number };
}

/** The worker's messages (ranking.worker.ts). */
export type WorkerReply = { task: number; ranking: Ranking | null } | { task: number; stopped: true } | { task: number; error: string };

/**
 * One worker thread that keeps the actor graph between rankings: a request gives it the graph read
 * whole, or only what writes changed since the graph it holds (patched there, off the event loop),
 * and ranks it. Requests run in the order given, so the graph the worker holds is always the one of
 * the last request given. A stopped ranking stops between two searches (a flag shared with the
 * worker) and the worker keeps its graph; if the worker fails, `failed` is set and it is stopped:
 * the caller starts another with a whole graph.
 */
export class RankingWorker {
  /** Why the worker can take no more requests; null while it can. */
  failed: Error | null = null;
  private readonly worker: Worker;
  /** stopBelow[0]: every task numbered at most this is stopped. */
  private readonly stopBelow = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, { resolve: (ranking: Ranking | null) => void; reject: (error: Error) => void; reason: Error | null }>();
  private tasks = 0;

  constructor() {
    this.worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { stopBelow: this.stopBelow } });
    this.worker.unref(); // an idle worker holding a graph must not keep the process alive
    this.worker.on("message", (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.task);
      if (!waiting) return;
      this.pending.delete(reply.task);
      if ("ranking" in reply) waiting.resolve(reply.ranking);
      else if ("stopped" in reply) waiting.reject(waiting.reason ?? new Error("brokers ranking stopped"));
      else this.fail(new Error(`brokers ranking worker failed: ${reply.error}`));
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`brokers ranking worker stopped with exit code ${code}`)));
  }

  /** Gives the worker a request. A snapshot's arrays are moved to the worker, not copied: the caller must not use them afterwards. */
  run(request: RankingRequest): RankingTask {
    const task = ++this.tasks;
    const waiting = { resolve: (_: Ranking | null) => {}, reject: (_: Error) => {}, reason: null as Error | null };
    const result = new Promise<Ranking | null>((resolve, reject) => Object.assign(waiting, { resolve, reject }));
    if (this.failed) return { result: Promise.reject(this.failed), cancel: () => {} };
    this.pending.set(task, waiting);
    const transfer = "snapshot" in request.graph ? [request.graph.snapshot.offsets.buffer as ArrayBuffer, request.graph.snapshot.engagements.buffer as ArrayBuffer] : [];
    this.worker.postMessage({ task, ...request }, transfer);
    return {
      result,
      cancel: (reason) => {
        waiting.reason ??= reason;
        Atomics.store(this.stopBelow, 0, Math.max(Atomics.load(this.stopBelow, 0), task));
      },
    };
  }

  /** Stops the worker; requests waiting reject with `reason`. */
  stop(reason: Error): void {
    this.fail(reason);
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const waiting of this.pending.values()) waiting.reject(waiting.reason ?? this.failed);
    this.pending.clear();
    void this.worker.terminate();
  }
}
