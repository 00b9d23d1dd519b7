/**
 * Answers of the slow analytics (coverage, effectiveness, the brokers ranking), kept per process
 * and keyed by the graph's version, which every import changes (cypher/import/mark-version.cypher).
 * A cached answer therefore never outlives the data it was computed from, whichever service
 * instance or import process changed it; checking the version costs one small query per request.
 * Requests that arrive while an answer is being computed share that computation.
 */
import type { Database } from "../../db/database";

/** Answers kept per process, least recently used dropped first (an effectiveness answer over every
 * partnership of a national network is a few MB). */
const MAX_ENTRIES = 50;

export class AnalyticsCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  /**
   * The answer for `key` at the graph's current version: cached, or computed by `compute` and kept.
   * `db` is the asking request's view: the version is read within its deadline.
   */
  async get<T>(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
    const [row] = await db.read("queries/graph-version");
    const versioned = `${String(row?.version ?? "")}\n${key}`;
    let entry = this.entries.get(versioned) as Promise<T> | undefined;
    if (entry) {
      this.entries.delete(versioned); // re-inserted below: most recently used last
    } else {
      entry = compute();
      // A failure is not kept: the next request computes again.
      entry.catch(() => this.entries.get(versioned) === entry && this.entries.delete(versioned));
    }
    this.entries.set(versioned, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}

const caches = new WeakMap<Database, AnalyticsCache>();

/**
 * The cache of one database connection (one per process in the service; one per test database),
 * shared by every request's view of it. A computation runs within the deadline of the request that
 * started it; if that request is stopped, the computation fails, is not kept, and the next request
 * computes again.
 */
export function analyticsCache(db: Database): { get<T>(key: string, compute: () => Promise<T>): Promise<T> } {
  let cache = caches.get(db.root);
  if (!cache) caches.set(db.root, (cache = new AnalyticsCache()));
  const shared = cache;
  return { get: (key, compute) => shared.get(db, key, compute) };
}
