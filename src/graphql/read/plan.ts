/**
 * Plans a nested read: from the selection below a root field's items, the tree of relation reads
 * (each relation field with its arguments, and the relations selected below its items) that one
 * query can read at once. Knows no entity: a field is a relation when its schema definition carries
 * one (`@Reads`, relation.ts).
 */
import { type FieldNode, type GraphQLObjectType, getArgumentValues } from "graphql";
import { relationRead, readKey, type RelationRead } from "./page";
import { relationOf } from "./relation";
import { CONNECTION, asksNextPage, itemNodes, objectTypeOf, subfields, type SelectionContext } from "./selection";

/** One relation read below each parent, and the reads below each of its items. */
export interface Branch {
  read: RelationRead;
  children: Branch[];
}

/** Levels of relations read in one query at most (the root's items are level 0). */
export const MAX_DEPTH = 4;

/**
 * The relation reads selected on `type` by these nodes. Fields selected under several response names
 * (aliases) with the same read are read once, with the union of their selections below. A field whose
 * arguments do not coerce or fail the page rule is left out: its resolver reports the error.
 */
export function planBelow(on: SelectionContext, type: GraphQLObjectType, nodes: readonly FieldNode[], depth = 1): Branch[] {
  if (depth > MAX_DEPTH || nodes.length === 0) return [];
  const reads = new Map<string, { read: RelationRead; itemType: GraphQLObjectType; nodes: FieldNode[] }>();
  for (const group of subfields(on, type, nodes).values()) {
    const field = type.getFields()[group[0].name.value];
    const relation = field && relationOf(field);
    const fieldType = field && objectTypeOf(field.type);
    if (!relation || !fieldType) continue;
    let read: RelationRead;
    try {
      const args = getArgumentValues(field, group[0], on.variableValues);
      read = relationRead(relation, args, relation.kind === "page" && asksNextPage(on, fieldType, group));
    } catch {
      continue;
    }
    const items = itemNodes(on, fieldType, group, relation.kind === "page" ? CONNECTION : []);
    const key = readKey(read);
    const entry = reads.get(key) ?? { read, itemType: items.type, nodes: [] };
    entry.nodes.push(...items.nodes);
    reads.set(key, entry);
  }
  return [...reads.values()].map(({ read, itemType, nodes: below }) => ({ read, children: planBelow(on, itemType, below, depth + 1) }));
}
