import type DataLoader from "dataloader";
import type { Database } from "../db/database";
import { UNBOUNDED_SCOPE, type RequestScope } from "../requestScope";
import { createLoaders, createNodeReaders, type Loaders, type NodeReaders } from "./loaders";
import { pendingOutcome, type RequestOutcome } from "./outcome";
import { Projections } from "./projection";

/** What every resolver gets: the database and this request's own loaders and readers. */
export interface Context {
  /** The request's view of the database: its transactions end with the request (src/db/database.ts). */
  db: Database;
  /** The request's id, deadline and stop signal. */
  scope: RequestScope;
  /** What the request selects of each entity type (narrowed once the operation is known). */
  projections: Projections;
  /** Map an entity query's `node` column to objects, reading only the selected properties. */
  nodes: NodeReaders;
  loaders: Loaders;
  /** Read the relations selected below a root list in one query (graphql/nested.ts); off only to compare. */
  nested: boolean;
  /** Values nested reads primed, per loader and key, for resolvers to answer without a promise. */
  primed: Map<DataLoader<string, unknown[]>, Map<string, unknown[]>>;
  /** How the request ended, noted just before its answer is sent (graphql/outcome.ts). */
  outcome: RequestOutcome;
}

export function createContext(db: Database, options: { nested?: boolean; scope?: RequestScope } = {}): Context {
  const scope = options.scope ?? UNBOUNDED_SCOPE;
  const requestDb = db.forRequest(scope);
  const projections = new Projections();
  const nodes = createNodeReaders(projections);
  return { db: requestDb, scope, projections, nodes, loaders: createLoaders(requestDb, nodes), nested: options.nested ?? true, primed: new Map(), outcome: pendingOutcome() };
}
