/**
 * What load balancers and orchestrators ask:
 *   /health  is Neo4j answering? (200, or 503)
 *   /ready   is Neo4j answering, with every constraint and index of the schema online? (200, or 503)
 * Each answers within PROBE_TIMEOUT_MS whatever Neo4j does: a probe that hangs while the database
 * is away is no probe. When Neo4j is back but lacks part of the schema (a new, empty store), /ready
 * applies it again, so the service recovers without a restart.
 */
import type { Database } from "../db/database";
import { applySchema, missingSchema } from "../db/schema";
import { createRequestScope, untilAborted } from "../requestScope";

export const PROBE_TIMEOUT_MS = 1000;

export interface ProbeResult {
  ok: boolean;
  status: string;
}

/** `work` within PROBE_TIMEOUT_MS: its database sessions are closed at the deadline. */
async function bounded<T>(db: Database, work: (db: Database) => Promise<T>): Promise<T> {
  const scope = createRequestScope({ timeoutMs: PROBE_TIMEOUT_MS });
  try {
    return await untilAborted(work(db.forRequest(scope)), scope.signal);
  } finally {
    scope.end();
  }
}

export function createProbes(db: Database) {
  let applying: Promise<void> | undefined;
  return {
    async health(): Promise<ProbeResult> {
      try {
        await bounded(db, (scoped) => scoped.read("queries/health"));
        return { ok: true, status: "ok" };
      } catch {
        return { ok: false, status: "database unavailable" };
      }
    },

    async ready(): Promise<ProbeResult> {
      let missing: string[];
      try {
        missing = await bounded(db, missingSchema);
      } catch {
        return { ok: false, status: "database unavailable" };
      }
      if (missing.length === 0) return { ok: true, status: "ready" };
      // Once at a time, in the background: building indexes may take longer than a probe.
      applying ??= applySchema(db).catch(() => {}).finally(() => (applying = undefined));
      return { ok: false, status: `schema not ready: ${missing.length} constraint(s) or index(es) missing or building` };
    },
  };
}

export type Probes = ReturnType<typeof createProbes>;
