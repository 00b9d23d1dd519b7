/**
 * The four root lists (actors, partnerships, activities, projects) and their orders. A list is its
 * filter (cypher/queries/<list>/filter.cypher, the conditions its arguments set) followed by one
 * tail of cypher/queries/lists/: the order and the page (id, ascending or descending by a stored
 * property, then id), or the count. Composed from files, never from user input: the sort property
 * is a parameter (`node[$sortBy]`), chosen here from a fixed list.
 */
import { cypher } from "../../db/cypher";
import type { CursorOrder } from "../pagination";

export interface SortKey {
  /** The stored property the order sorts by. */
  property: string;
  /** Whether it is a date (a cursor's key is read back as text and must be a date again). */
  date: boolean;
  descending: boolean;
}

export interface RootList {
  /** Where its filter lives, e.g. `queries/activities`. */
  folder: string;
  /** The orders other than by id, and what each sorts by. */
  orders: Partial<Record<Exclude<CursorOrder, "id">, SortKey>>;
}

export interface ComposedStatement {
  name: string;
  text: string;
}

const byDate = (property: string) => ({
  newest: { property, date: true, descending: true },
  oldest: { property, date: true, descending: false },
});

export const ACTOR_LIST: RootList = { folder: "queries/actors", orders: { name: { property: "name", date: false, descending: false } } };
export const PARTNERSHIP_LIST: RootList = { folder: "queries/partnerships", orders: byDate("signedOn") };
export const ACTIVITY_LIST: RootList = { folder: "queries/activities", orders: byDate("date") };
export const PROJECT_LIST: RootList = { folder: "queries/projects", orders: byDate("startOn") };

/** The page statement of a list in an order (named `<folder>/page` in id order, `<folder>/page-<order>` otherwise). */
export function pageStatement(list: RootList, order: CursorOrder): ComposedStatement {
  const key = order === "id" ? null : list.orders[order];
  if (order !== "id" && !key) throw new Error(`${list.folder} has no order ${order}`);
  const tail = key === null ? "queries/lists/id" : key!.descending ? "queries/lists/descending" : "queries/lists/ascending";
  return { name: order === "id" ? `${list.folder}/page` : `${list.folder}/page-${order}`, text: `${cypher(`${list.folder}/filter`)}\n${cypher(tail)}` };
}

export function countStatement(list: RootList): ComposedStatement {
  return { name: `${list.folder}/count`, text: `${cypher(`${list.folder}/filter`)}\n${cypher("queries/lists/count")}` };
}
