/**
 * Puts what a composed read returned into the loaders the field resolvers read from: for each
 * branch, the items below each parent key, then, recursively, the branches below each item.
 */
import type { Plain } from "../../db/mapping";
import type { RelationRead } from "./page";
import type { Branch } from "./plan";
import type { EntityType } from "./entity";
import type { Projections } from "./projection";

/**
 * One item of a branch, as composed reads return it (compose.ts): its node's values, or, when
 * branches are read below it, its node's values and one list of items per branch.
 */
export type ReadRow = Plain | [Plain, ReadRow[][]];

/** The node's values of a row; `nested`: the row's branch has branches below it. */
const nodeOf = (row: ReadRow, nested: boolean): Plain => (nested ? (row as [Plain, ReadRow[][]])[0] : (row as Plain));

/** The key an object of `type` is read by (objects carry it under the stored property's name). */
export const keyOf = (type: EntityType, item: unknown) => String((item as Record<string, unknown>)[type.key]);

/** Where primed values go: the loader cache of each read. */
export interface PrimeTarget {
  projections: Projections;
  prime(read: RelationRead, parentKey: string, value: unknown): void;
}

/** The objects of a branch's rows and their keys (the next level's parents); `nested` as for `nodeOf`. */
export function itemsOf(read: RelationRead, rows: readonly ReadRow[], projections: Projections, nested = false): { items: unknown[]; keys: string[] } {
  const type = read.relation.to;
  const projection = projections.of(type);
  const items: unknown[] = [];
  const keys: string[] = [];
  for (const row of rows) {
    const item = projection.object(nodeOf(row, nested));
    items.push(item);
    keys.push(keyOf(type, item));
  }
  return { items, keys };
}

/** The value a relation's loader holds for one parent: its first item or null for a `one` relation, else every item. */
export function loaderValue(read: RelationRead, items: unknown[]): unknown {
  return read.relation.kind === "one" ? (items[0] ?? null) : items;
}

export function primeBranches(target: PrimeTarget, branches: readonly Branch[], parentKey: string, children: readonly ReadRow[][]): void {
  branches.forEach((branch, i) => {
    const rows = children[i] ?? [];
    const nested = branch.children.length > 0;
    const { items, keys } = itemsOf(branch.read, rows, target.projections, nested);
    target.prime(branch.read, parentKey, loaderValue(branch.read, items));
    if (!nested) return;
    rows.forEach((row, j) => primeBranches(target, branch.children, keys[j], (row as [Plain, ReadRow[][]])[1]));
  });
}
