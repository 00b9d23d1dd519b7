/**
 * The four root lists (actors, partnerships, activities, projects) and their orders. A list is its
 * filter (cypher/queries/<list>/filter.cypher, the conditions its arguments set) followed by one
 * tail of cypher/queries/lists/: the order and the page (id, ascending or descending by a stored
 * property, then id), or the count. Composed from files, never from user input: the sort property
 * is a parameter (`node[$sortBy]`), chosen here from a fixed list.
 */
import { cypher } from "../../db/cypher";
import type { Database } from "../../db/database";
import { toNeo4jDate, toNeo4jInt } from "../../db/mapping";
import { badInput } from "../errors";
import { type Connection, type CursorOrder, type PageRequest, toConnection } from "../pagination";
import type { NodeReader } from "./projection";

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

/**
 * Reads one page of a root list in the request's order. In an order other than by id, the page goes
 * on after the cursor's sort key, read first by the cursor's id: an id no longer in the graph is a
 * clear error, not a silent restart.
 */
export async function readPage<T extends { id: string }>(
  db: Database,
  list: RootList,
  filter: Record<string, unknown>,
  request: PageRequest,
  reader: NodeReader<T>,
): Promise<Connection<T>> {
  const key = request.order === "id" ? undefined : list.orders[request.order];
  let afterKey: unknown = null;
  if (key && request.after !== null) {
    const [row] = await db.read("queries/lists/after-key", { after: request.after, sortBy: key.property });
    if (!row) throw badInput("after", "names an item that is no longer in the graph");
    afterKey = key.date ? toNeo4jDate(String(row.key)) : row.key;
  }
  const params = { ...filter, ...reader.params(), after: request.after, afterKey, sortBy: key?.property ?? null, limit: toNeo4jInt(request.first + 1) };
  const rows = await db.readComposed(pageStatement(list, request.order), params);
  const nodes = rows.map((r) => reader.map(r.node));
  return toConnection(nodes, request, async () => Number((await db.readComposed(countStatement(list), filter))[0]?.total ?? 0));
}
