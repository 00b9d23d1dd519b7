/**
 * Puts what a composed read returned into the loaders the field resolvers read from: for each
 * branch, the items below each parent key, then, recursively, the branches below each item.
 */
import type { Plain } from "../../db/mapping";
import type { RelationRead } from "./page";
import type { Branch } from "./plan";
import type { Projections } from "./projection";

/** One item of a branch, as composed reads return it (compose.ts). */
export interface ReadRow {
  node: Plain;
  /** One list per branch below; absent on the last level. */
  children?: ReadRow[][];
}

/** Where primed values go: the loader cache of each read. */
export interface PrimeTarget {
  projections: Projections;
  prime(read: RelationRead, parentKey: string, value: unknown): void;
}

/** The objects of a branch's rows and their keys (the next level's parents). */
export function itemsOf(read: RelationRead, rows: readonly ReadRow[], projections: Projections): { items: unknown[]; keys: string[] } {
  const type = read.relation.to;
  const projection = projections.of(type);
  const items: unknown[] = [];
  const keys: string[] = [];
  for (const row of rows) {
    const values = projection.row(row.node);
    items.push(type.map(values));
    keys.push(String(values[type.key]));
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
    const { items, keys } = itemsOf(branch.read, rows, target.projections);
    target.prime(branch.read, parentKey, loaderValue(branch.read, items));
    if (branch.children.length === 0) return;
    rows.forEach((row, j) => primeBranches(target, branch.children, keys[j], row.children ?? []));
  });
}
