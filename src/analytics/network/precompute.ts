/**
 * The brokers ranking, precomputed per graph version (docs/analytics.md, "The actor graph": brokers).
 *
 * Ranking a national network takes far longer than a request may (exact Brandes over 20 000 actors:
 * minutes), so it is computed in the background whenever the graph changes, and a request answers
 * from the ranking of the graph's current version. The graph's version (cypher/import/mark-version)
 * changes with every import and every write, in this process or any other: a watcher reads it every
 * second and starts a new ranking once it has stopped changing (a burst of writes costs one ranking,
 * not one per write). A request that finds no ranking of the current version starts one itself and
 * waits for it, at most `waitMs`; the ranking's own time is bounded by `budgetMs` (exact when it
 * fits, a sampled estimate otherwise: brandes.ts).
 *
 * Reading a national network whole takes longer than any wait (15–30 s at 200 000 actors), so it
 * is read whole once: the ranking's worker (ranking.ts) keeps the actor graph, and after writes only
 * what they changed is read and patched in (actorGraph.ts), which fits the budget at every scale.
 * An import, or anything the audit log cannot vouch for, reads the graph whole again.
 *
 * A finished ranking is stored in Neo4j with its version (stored.ts): a service started on a store
 * whose version was ranked answers at once, and reads the actor graph whole in the background, for
 * the next write's patch.
 */
import { GraphQLError } from "graphql";
import type { Database } from "../../db/database";
import { untilAborted } from "../../requestScope";
import { readActorGraph, type GraphMark, type GraphRead } from "./actorGraph";
import { RankingWorker, type Ranking, type RankingRequest, type RankingTask } from "./ranking";
import { type VersionedRanking, readStoredRanking, storeRanking } from "./stored";

export interface BrokersOptions {
  /** Time the ranking may take from the change (ms), reading the graph included: exact when predicted to fit, else a sampled estimate (BROKERS_BUDGET_MS). */
  budgetMs: number;
  /** Longest a request waits for the ranking of the current version (ms) before it is told to ask again (BROKERS_WAIT_MS). */
  waitMs: number;
  /** How often the background watcher reads the graph's version (ms). */
  pollMs: number;
}

export const DEFAULT_BROKERS_OPTIONS: BrokersOptions = { budgetMs: 3_000, waitMs: 4_000, pollMs: 1_000 };

/** Most brokers a request may ask for: what a ranking keeps. */
export const RANKING_KEEPS = 100;

class Superseded extends Error {
  constructor() {
    super("A newer brokers ranking was started");
  }
}

interface Job {
  /** When the job started, before its snapshot was read: a request that read the version earlier sees this job's data as at least as new. */
  startedAt: number;
  /** The version of the snapshot, once its first statement has read it. */
  version: Promise<string>;
  result: Promise<VersionedRanking>;
  task?: RankingTask;
  /** Why the job was stopped (a newer job, or the service stopping): its read and its ranking stop. */
  stopped: Error | null;
}

function stop(job: Job, reason: Error): void {
  job.stopped = reason;
  job.task?.cancel(reason);
}

class BrokersPrecompute {
  options: BrokersOptions = { ...DEFAULT_BROKERS_OPTIONS };
  private done: (VersionedRanking & { startedAt: number }) | null = null;
  private job: Job | null = null;
  private watcher: NodeJS.Timeout | null = null;
  private watchers = 0;
  /** The worker, and which graph it holds: the graph of the last request given to it. */
  private worker: RankingWorker | null = null;
  private held: GraphMark | null = null;
  /** A whole read into the worker beside a stored ranking: a ranking waits for it and patches it rather than read again. */
  private preloading: Promise<void> | null = null;
  /** Counts the times the service stopped watching: a preload started before the last one is abandoned. */
  private stops = 0;

  constructor(private readonly db: Database) {}

  /**
   * The ranking of the graph as a request sees it: `version` is the version the request read, just
   * before `readAt`. Waits for a ranking in progress (or starts one) at most `waitMs`.
   */
  async rankingFor(version: string, readAt: number, signal: AbortSignal): Promise<VersionedRanking> {
    const waitUntil = readAt + this.options.waitMs;
    for (;;) {
      // A ranking started after the request read the version reflects at least that version.
      if (this.done && (this.done.version === version || this.done.startedAt >= readAt)) return this.done;
      let job = this.job;
      if (!job || (job.startedAt < readAt && (await job.version) !== version)) job = this.start();
      const left = waitUntil - Date.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), Math.max(0, left))));
      try {
        const outcome = await untilAborted(Promise.race([job.result, timeout]), signal);
        if (outcome !== "timeout") return outcome;
      } catch (error) {
        if (error instanceof Superseded) continue; // a newer job took over: wait for that one
        throw error;
      } finally {
        clearTimeout(timer);
      }
      throw notReady(Date.now() - job.startedAt);
    }
  }

  /** Whether the ranking of `version` is ready (a request for it would answer at once). */
  ready(version: string): boolean {
    return this.done?.version === version;
  }

  /** The last ranking ready, if any. */
  latest(): VersionedRanking | null {
    return this.done;
  }

  /** Starts ranking the graph as it is now, stopping a ranking in progress (its data is older). */
  start(): Job {
    if (this.job) stop(this.job, new Superseded());
    let versionRead!: (version: string) => void;
    const job: Job = { startedAt: Date.now(), version: new Promise((resolve) => (versionRead = resolve)), result: Promise.resolve(null as never), stopped: null };
    job.result = this.compute(job, versionRead);
    job.result.then(
      (ranking) => {
        if (!job.stopped) this.done = { ...ranking, startedAt: job.startedAt };
      },
      () => {},
    ).finally(() => {
      if (this.job === job) this.job = null;
    });
    // A failed snapshot read leaves the version unknown: waiters then start again.
    job.result.catch(() => versionRead(""));
    this.job = job;
    return job;
  }

  private async compute(job: Job, versionRead: (version: string) => void): Promise<VersionedRanking> {
    const stored = await readStoredRanking(this.db);
    versionRead(stored.version);
    if (stored.ranking) {
      this.preload();
      return stored.ranking;
    }
    await this.preloading;
    for (;;) {
      if (job.stopped) throw job.stopped;
      const held = this.heldGraph();
      const read = await this.db.readTransaction((tx) => readActorGraph(tx, held, () => job.stopped !== null));
      if (job.stopped) throw job.stopped;
      // Another read reached the worker meanwhile (or the worker failed): this patch is of a graph it no longer holds.
      if (read.base !== null && this.heldGraph() !== read.base) continue;
      const readMilliseconds = Date.now() - job.startedAt;
      job.task = this.give(read, { budgetMs: this.options.budgetMs, keep: RANKING_KEEPS, startedAt: job.startedAt });
      const ranking = (await job.task.result)!;
      const versioned: VersionedRanking = {
        ...ranking, version: read.mark.version, computedAt: new Date().toISOString(), readMilliseconds, graphRead: read.base ? "patched" : "whole",
      };
      await storeRanking(this.db, versioned); // stored before it is served: another instance, or the next start, finds it
      return versioned;
    }
  }

  /** The graph the worker holds; null when there is none (or the worker failed: it is dropped). */
  private heldGraph(): GraphMark | null {
    if (this.worker?.failed) {
      this.worker = null;
      this.held = null;
    }
    return this.held;
  }

  /** Gives the worker the graph read (and asks for its ranking, unless `rank` is false): the worker holds it from now on. */
  private give(read: GraphRead, rank: RankingRequest["rank"]): RankingTask {
    this.worker ??= new RankingWorker();
    const task = this.worker.run({ graph: read.base ? { patch: read.patch } : { snapshot: read.snapshot }, rank });
    this.held = read.mark;
    return task;
  }

  /** Reads the graph whole into the worker, in the background, unless it holds one already. */
  private preload(): void {
    if (this.heldGraph() || this.preloading) return;
    const stops = this.stops;
    this.preloading = this.db
      .readTransaction((tx) => readActorGraph(tx, null, () => this.stops !== stops))
      .then((read) => {
        if (this.stops === stops && !this.heldGraph()) this.give(read, false).result.catch(() => {});
      })
      .catch(() => {}) // Neo4j away: the next ranking reads the graph itself
      .finally(() => (this.preloading = null));
  }

  /** Reads the graph's version every `pollMs` and starts a ranking when it changed and has stopped changing. */
  watch(): () => void {
    this.watchers++;
    if (!this.watcher) {
      let seen: string | null = null;
      let polling = false;
      const poll = async () => {
        if (polling) return;
        polling = true;
        try {
          const [row] = await this.db.read("queries/graph-version");
          const version = String(row?.version ?? "");
          const settled = version === seen;
          seen = version;
          if (!settled || this.done?.version === version) return;
          if (this.job && (await this.job.version) === version) return;
          this.start().result.catch(() => {}); // a failure is retried at the next change or request
        } catch {
          // Neo4j away for a moment: the next poll tries again.
        } finally {
          polling = false;
        }
      };
      // At start nothing is ranked: the first two polls (the version settled) start the ranking.
      void poll();
      this.watcher = setInterval(() => void poll(), this.options.pollMs);
      this.watcher.unref();
    }
    return () => {
      if (--this.watchers > 0 || !this.watcher) return;
      clearInterval(this.watcher);
      this.watcher = null;
      this.stops++;
      const stopped = new Error("The service stopped before the brokers ranking was ready");
      if (this.job) stop(this.job, stopped);
      this.worker?.stop(stopped);
      this.worker = null;
      this.held = null;
    };
  }
}

function notReady(elapsedMs: number): GraphQLError {
  return new GraphQLError(
    `The brokers ranking of the current data is still being computed (started ${(elapsedMs / 1000).toFixed(1)} s ago, after the graph changed); ask again in a few seconds`,
    { extensions: { code: "RANKING_NOT_READY", retryAfterSeconds: 5 } },
  );
}

const engines = new WeakMap<Database, BrokersPrecompute>();

/** The brokers ranking of one database connection (one per process in the service; one per test database). */
export function brokersPrecompute(db: Database): BrokersPrecompute {
  let engine = engines.get(db.root);
  if (!engine) engines.set(db.root, (engine = new BrokersPrecompute(db.root)));
  return engine;
}

/** Sets the ranking's budget and waits for a database (the service does it from its configuration at start). */
export function configureBrokers(db: Database, options: Partial<BrokersOptions>): void {
  Object.assign(brokersPrecompute(db).options, options);
}

/** Starts ranking in the background whenever the graph's version changes; returns the function that stops it. */
export function watchBrokers(db: Database): () => void {
  return brokersPrecompute(db).watch();
}

export type { BrokersPrecompute };
