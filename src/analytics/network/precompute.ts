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
 * fits, a sampled estimate otherwise: brandes.ts), so the wait ends with an answer for the current
 * data unless reading the graph itself takes longer (a national network right after an import).
 *
 * Kept in memory, per process, not in Neo4j: a ranking is derived data, a few KB, recomputed within
 * its budget; storing it would make the read path write (impossible on a cluster's read replicas)
 * and need a lock between service instances for no gain in freshness. The cost is one ranking per
 * graph version per service instance.
 */
import { GraphQLError } from "graphql";
import type { Database } from "../../db/database";
import { toNeo4jInt } from "../../db/mapping";
import { untilAborted } from "../../requestScope";
import { rankInWorker, type ActorGraphSnapshot, type Ranking, type RankingTask } from "./ranking";

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

/** Actors read per query: each page's rows are mapped on the event loop, so a page must stay small. */
const PAGE_SIZE = 1_000;

/** A ranking and the graph version it was computed from. */
export interface VersionedRanking extends Ranking {
  version: string;
  /** When the ranking was ready (ISO 8601). */
  computedAt: string;
  /** Time spent reading the graph from Neo4j, in ms. */
  readMilliseconds: number;
}

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
  /** Why the job was stopped (a newer job, or the service stopping): its read and its worker stop. */
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
    const started = performance.now();
    const { version, snapshot } = await this.readSnapshot(job, versionRead);
    const readMilliseconds = performance.now() - started;
    if (job.stopped) throw job.stopped;
    job.task = rankInWorker(snapshot, searchBudget(this.options.budgetMs, performance.now() - started), RANKING_KEEPS);
    const ranking = await job.task.result;
    return { ...ranking, version, computedAt: new Date().toISOString(), readMilliseconds };
  }

  /**
   * Every actor and the engagements it takes part in, page by page within one read transaction (one
   * snapshot, with its version): the event loop serves requests between pages.
   */
  private readSnapshot(job: Job, versionRead: (version: string) => void): Promise<{ version: string; snapshot: ActorGraphSnapshot }> {
    return this.db.readTransaction(async (tx) => {
      const [row] = await tx.run("queries/graph-version");
      const version = String(row?.version ?? "");
      versionRead(version);
      // Typed arrays, grown by doubling: millions of numbers off the JavaScript heap, which the
      // garbage collector then never walks (a national network's lists in plain arrays paused the
      // event loop for half a second).
      const ids: string[] = [];
      let offsets = new Int32Array(PAGE_SIZE + 1);
      let engagements = new Float64Array(PAGE_SIZE * 8);
      let filled = 0;
      for (let after = ""; !job.stopped; ) {
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
      return { version, snapshot: { ids, offsets: offsets.slice(0, ids.length + 1), engagements: engagements.slice(0, filled) } };
    });
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
      if (this.job) stop(this.job, new Error("The service stopped before the brokers ranking was ready"));
    };
  }
}

/** A copy of `array` with room for `length` elements. */
function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/**
 * The searches' share of the budget: what reading the graph left of it, so that the ranking is ready
 * within the budget of the change. When the read took most of it (a national network), the searches
 * get the whole budget again: no answer can be on time then, so it should be a good estimate.
 */
export function searchBudget(budgetMs: number, spentMs: number): number {
  const left = budgetMs - spentMs;
  return left >= budgetMs / 3 ? left : budgetMs;
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
