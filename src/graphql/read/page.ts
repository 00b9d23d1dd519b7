/**
 * The one page rule, for the nested read and the field resolver alike (both must read the same rows
 * to find each other's in the loader cache): what to read of a relation for one field's arguments.
 *
 * A page reads `first` rows when its selection does not ask whether more follow, else `first + 1`
 * (the extra row answers `hasNextPage`): the last level of a page holds most of its rows, and one
 * more per parent is a fifth more at 5 per page.
 */
import { type CursorOrder, type PageRequest, pageRequest } from "../pagination";
import type { Relation } from "./relation";
import { badInput } from "../errors";

/** What one field reads of its relation below each parent. */
export interface RelationRead {
  relation: Relation;
  fragment: string;
  /** For a page: its order, `first` and `after` (checked); none for a whole list or one object. */
  page: PageRequest | null;
  /** Rows to read per parent; null for a whole list. */
  limit: number | null;
  /** The statement reading the sort key of the cursor's item, when the order has one (relation.ts, `afterKey`). */
  afterKey: string | null;
}

/**
 * The read for a relation field with these coerced arguments. `asksNext`: whether the field's
 * selection asks if more items follow (`pageInfo`). Throws the argument's error for bad paging.
 */
export function relationRead(relation: Relation, args: Record<string, unknown>, asksNext: boolean): RelationRead {
  if (relation.kind !== "page") return { relation, fragment: relation.fragment, page: null, limit: null, afterKey: null };
  const order: CursorOrder = relation.orderOf?.(args) ?? "id";
  const fragment = relation.orders[order];
  if (!fragment) throw badInput("orderBy", `${relation.name} is not offered in this order`);
  const page = pageRequest(args.first as number, args.after as string | null | undefined, order);
  const afterKey = page.after === null ? null : (relation.afterKey?.[order] ?? null);
  return { relation, fragment, page, limit: page.first + (asksNext ? 1 : 0), afterKey };
}

/** Reads with the same key read the same rows: they share one loader. */
export function readKey(read: RelationRead): string {
  return `${read.relation.name}|${read.fragment}|${read.page?.after ?? ""}|${read.limit ?? ""}`;
}
