import type DataLoader from "dataloader";
import type { Database } from "../db/database";
import { createLoaders, createNodeReaders, type Loaders, type NodeReaders } from "./loaders";
import { Projections } from "./projection";

/** What every resolver gets: the database and this request's own loaders and readers. */
export interface Context {
  db: Database;
  /** What the request selects of each entity type (narrowed once the operation is known). */
  projections: Projections;
  /** Map an entity query's `node` column to objects, reading only the selected properties. */
  nodes: NodeReaders;
  loaders: Loaders;
  /** Read the relations selected below a root list in one query (graphql/nested.ts); off only to compare. */
  nested: boolean;
  /** Values nested reads primed, per loader and key, for resolvers to answer without a promise. */
  primed: Map<DataLoader<string, unknown[]>, Map<string, unknown[]>>;
}

export function createContext(db: Database, options: { nested?: boolean } = {}): Context {
  const projections = new Projections();
  const nodes = createNodeReaders(projections);
  return { db, projections, nodes, loaders: createLoaders(db, nodes), nested: options.nested ?? true, primed: new Map() };
}
