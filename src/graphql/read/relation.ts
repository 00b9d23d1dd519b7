/**
 * A relation: how the objects a field returns are read from the object it is selected on. Declared
 * once, next to its entity (src/modules/<entity>/<entity>.relations.ts), and attached to its GraphQL
 * field with `@Reads`, which is how the read engine finds it while planning a selection. The same
 * declaration serves the per-request loader (one `UNWIND $keys` query per level) and the nested read
 * (every level below a root in one query): both are written by the engine (cypher.ts) around the
 * relation's fragment.
 *
 * A fragment (a file under cypher/relations/) reads the related nodes of one parent. It is written
 * with placeholders the engine fills in, never with names it would have to guess:
 *   {{parent}}  the parent node, already bound;
 *   {{node}}    the related node the fragment binds;
 *   {{limit}}   (pages) how many rows to read;
 *   {{after}}   (pages) where to continue, or null for a first page: the id of the last item seen,
 *               or, for an order with an `afterKey` statement, the sort key that statement reads
 *               for that id (e.g. `[date, id]`), so that the fragment compares with parameters only.
 * It ends with `WITH {{node}} ORDER BY …` (and `LIMIT {{limit}}` for a page), which fixes the order
 * and drops its own variables; the engine adds the RETURN and the projection. A count fragment binds
 * {{node}} once per item to count.
 */
import { Extensions } from "type-graphql";
import type { GraphQLField } from "graphql";
import type { CursorOrder } from "../pagination";
import type { EntityType } from "./entity";

interface RelationBase<T> {
  /** `Type.field`: names its loaders and its place in composed queries. */
  name: string;
  from: EntityType;
  to: EntityType<T>;
}

/** At most one related object (an activity's partnership). */
export interface OneRelation<T> extends RelationBase<T> {
  kind: "one";
  fragment: string;
}

/** Every related object, in the fragment's order (a partnership's domestic parties). */
export interface ListRelation<T> extends RelationBase<T> {
  kind: "list";
  fragment: string;
}

/** A Relay connection over the related objects, paged by `first` and `after` (a country's partners). */
export interface PageRelation<T> extends RelationBase<T> {
  kind: "page";
  /** One fragment per order the list can be read in; `id` is the default. */
  orders: { id: string } & Partial<Record<CursorOrder, string>>;
  /**
   * For an order that is not by id alone: a statement (`$after` → one row `key`) reading the sort
   * key of the item a cursor names. The key is looked up once, before the read, rather than in the
   * fragment below every parent: Neo4j reads a page from the index in order and stops at `{{limit}}`
   * only when the bounds are parameters, not values found in the same query.
   */
  afterKey?: Partial<Record<CursorOrder, string>>;
  /** The order the field's arguments ask for; `id` when absent. */
  orderOf?(args: Record<string, unknown>): CursorOrder;
  /** Fragment binding every related node once, for `totalCount`. */
  count: string;
}

export type Relation<T = unknown> = OneRelation<T> | ListRelation<T> | PageRelation<T>;

type Declaration<R extends Relation<unknown>> = Omit<R, "name" | "kind" | "from" | "to">;

export function oneRelation<T>(from: EntityType, field: string, to: EntityType<T>, d: Declaration<OneRelation<T>>): OneRelation<T> {
  return { name: `${from.typeName}.${field}`, kind: "one", from, to, ...d };
}

export function listRelation<T>(from: EntityType, field: string, to: EntityType<T>, d: Declaration<ListRelation<T>>): ListRelation<T> {
  return { name: `${from.typeName}.${field}`, kind: "list", from, to, ...d };
}

export function pageRelation<T>(from: EntityType, field: string, to: EntityType<T>, d: Declaration<PageRelation<T>>): PageRelation<T> {
  return { name: `${from.typeName}.${field}`, kind: "page", from, to, ...d };
}

/** Marks the GraphQL field a relation resolves, so that nested reads can read it below a root. */
export function Reads(relation: Relation<unknown>): MethodDecorator & PropertyDecorator {
  return Extensions({ relation }) as MethodDecorator & PropertyDecorator;
}

/** The relation a schema field resolves, if any. */
export function relationOf(field: GraphQLField<unknown, unknown>): Relation | undefined {
  return field.extensions?.relation as Relation | undefined;
}
