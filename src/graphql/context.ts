import type { Database } from "../db/database";
import { ANONYMOUS, type Caller } from "../identity/caller";
import { UNBOUNDED_SCOPE, type RequestScope } from "../requestScope";
import { pendingOutcome, type RequestOutcome } from "./outcome";
import { ReadEngine } from "./read/engine";
import { Projections } from "./read/projection";

/** What every resolver gets: the request's database, its scope and its read engine. */
export interface Context {
  /** The request's view of the database: its transactions end with the request (src/db/database.ts). */
  db: Database;
  /** The request's id, deadline and stop signal. */
  scope: RequestScope;
  /** Who is asking (anonymous unless a verified token says otherwise); permissions read it (identity/permissions.ts). */
  caller: Caller;
  /** Whether this server verifies tokens: without a secret or key nobody can write (identity/permissions.ts). */
  writesConfigured: boolean;
  /** Reads entities and their relations for this request, batched and cached per request (graphql/read/). */
  read: ReadEngine;
  /** How the request ended, noted just before its answer is sent (graphql/outcome.ts). */
  outcome: RequestOutcome;
}

/**
 * A fresh context per request: nothing read for one request (loader caches, projections) is seen by
 * another. `nested: false` reads relations level by level (only to compare).
 */
export function createContext(db: Database, options: { nested?: boolean; scope?: RequestScope; caller?: Caller; writesConfigured?: boolean } = {}): Context {
  const scope = options.scope ?? UNBOUNDED_SCOPE;
  const requestDb = db.forRequest(scope);
  return { db: requestDb, scope, caller: options.caller ?? ANONYMOUS, writesConfigured: options.writesConfigured ?? false, read: new ReadEngine(requestDb, new Projections(), options.nested ?? true), outcome: pendingOutcome() };
}
