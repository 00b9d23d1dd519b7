/**
 * Nested reads: one Cypher query for the relations a request selects below a list or object.
 *
 * Resolved level by level, a page like `countries → partners → partnerships → activities` costs one
 * round trip per level (each level's keys come from the one above), and the levels wait for each
 * other. A root resolver that has read its list or object (`countries`, `actors`, `partnerships`,
 * `country`, `actor`, `partnership`) instead walks its selection, and for the relation fields below it that have a nested form (RELATIONS) sends one
 * query reading every level at once: each relation is a fragment file (cypher/queries/nested/) that
 * reads a parent's related nodes, nested as COLLECT subqueries and returning each node's projected
 * properties as its loader would. Its rows are then primed into the same per-request DataLoaders the
 * field resolvers use, so the resolvers, their answers and their errors are unchanged: a relation
 * that is not prefetched (not in RELATIONS, a page after a cursor, a field under @skip/@include,
 * invalid arguments) is simply read by its loader as before. A root list with a fragment of its own
 * (`countries`) is read in the same query as everything below it: one round trip for the selection.
 *
 * The composed text is made of fixed fragment files only. Each fragment names its parent node
 * `parent`, the nodes it reads `node` and its page size `$limit`; composing renames those three per
 * level. Everything that varies with the request (keys, page sizes, projected properties) is a
 * parameter.
 */
import type DataLoader from "dataloader";
import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
  getArgumentValues,
  getNamedType,
  isObjectType,
} from "graphql";
import { cypher } from "../db/cypher";
import type { Row } from "../db/database";
import { toNeo4jInt, type Plain } from "../db/mapping";
import { activityShape } from "../modules/activities/activity.type";
import { actorShape } from "../modules/actors/actor.type";
import { partnershipShape } from "../modules/partnerships/partnership.type";
import type { Context } from "./context";
import { ActivityOrder } from "./enums";
import type { NodeReaders } from "./loaders";
import { type CursorOrder, type PageRequest, pageRequest } from "./pagination";
import type { NodeShape } from "./projection";

/** The loaders of a paged relation (loaders.ts, `paged`). */
type PagedLoaders<V = unknown> = (request: PageRequest, exact?: boolean) => DataLoader<string, V[]>;

/** How one relation field is read nested under its parent, for given arguments. */
interface NestedRead {
  /** Fragment file under cypher/queries/nested/. */
  fragment: string;
  /** Rows to read per parent, as the loader reads them (`first`, or one more when the selection asks whether more follow); none for a whole list. */
  limit?: number;
  /** The loader the field's resolver reads from, keyed by the parent's key: primed with the rows. */
  loader: DataLoader<string, unknown[]>;
}

interface NestedRelation {
  /** The type the relation's items are: its shape names the key the next level starts from. */
  shape: NodeShape;
  reader: keyof NodeReaders;
  /** Field names from the relation field down to the item's selection: none for a list, `edges.node` for a connection. */
  itemPath: readonly string[];
  /**
   * How to read the field with these (coerced) arguments; null when it is left to its loader.
   * `asksNext`: whether the selection asks if more items follow a page (pageInfo).
   */
  read(args: Record<string, unknown>, ctx: Context, asksNext: boolean): NestedRead | null;
}

/** First pages only: a page after a cursor is rare below a list, and is read by its loader. */
function firstPage(args: Record<string, unknown>, order: CursorOrder = "id"): PageRequest | null {
  const request = pageRequest(args.first as number, args.after as string | null | undefined, order);
  return request.after === null ? request : null;
}

/**
 * How a first page is read nested: `first` rows when the selection does not ask whether more
 * follow (the last level of a page holds most of its rows, and one more per parent is a fifth more
 * at 5 per page), else one more, as its loader reads it.
 */
function pageRead(fragment: string, page: PageRequest, pages: PagedLoaders, asksNext: boolean): NestedRead {
  return asksNext
    ? { fragment, limit: page.first + 1, loader: pages(page) }
    : { fragment, limit: page.first, loader: pages(page, true) };
}

/** Where a connection's items sit below it. */
export const CONNECTION = ["edges", "node"] as const;

/** Relation fields with a nested form, by parent type and field name. */
const RELATIONS: Record<string, Record<string, NestedRelation>> = {
  Country: {
    partners: {
      shape: actorShape, reader: "actor", itemPath: CONNECTION,
      read(args, ctx, asksNext) {
        const page = firstPage(args);
        return page && pageRead("country-partners", page, ctx.loaders.countryPartnersPage, asksNext);
      },
    },
  },
  Actor: {
    partnerships: {
      shape: partnershipShape, reader: "partnership", itemPath: [],
      read: (_args, ctx) => ({ fragment: "actor-partnerships", loader: ctx.loaders.actorPartnerships }),
    },
  },
  Partnership: {
    domesticParties: {
      shape: actorShape, reader: "actor", itemPath: [],
      read: (_args, ctx) => ({ fragment: "partnership-domestic-parties", loader: ctx.loaders.partnershipDomesticParties }),
    },
    foreignParties: {
      shape: actorShape, reader: "actor", itemPath: [],
      read: (_args, ctx) => ({ fragment: "partnership-foreign-parties", loader: ctx.loaders.partnershipForeignParties }),
    },
    activities: {
      shape: activityShape, reader: "activity", itemPath: CONNECTION,
      read(args, ctx, asksNext) {
        const newest = args.orderBy === ActivityOrder.NEWEST_FIRST;
        const page = firstPage(args, newest ? "newest" : "id");
        if (!page) return null;
        return newest
          ? pageRead("partnership-activities-newest", page, ctx.loaders.partnershipNewestActivitiesPage, asksNext)
          : pageRead("partnership-activities", page, ctx.loaders.partnershipActivitiesPage, asksNext);
      },
    },
  },
};

/** Levels of relations read in one query at most (the root's list is level 0). */
const MAX_DEPTH = 4;

/** One relation field (with one set of arguments) to read below each parent, and the relations below it. */
interface Branch {
  relation: NestedRelation;
  read: NestedRead;
  children: Branch[];
}

/**
 * The fields selected on `type` in these selection sets, by field name; fragments included when they
 * apply to the type itself. Anything under @skip or @include is left out (its loader reads it).
 */
function fieldsOn(typeName: string, selectionSets: readonly SelectionSetNode[], info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.directives?.length) continue;
      if (selection.kind === Kind.FIELD) {
        const list = fields.get(selection.name.value) ?? [];
        list.push(selection);
        fields.set(selection.name.value, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === typeName) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && fragment.typeCondition.name.value === typeName) visit(fragment.selectionSet);
      }
    }
  };
  selectionSets.forEach(visit);
  return fields;
}

/**
 * Whether any of these fields selects a field `name` directly below it (through fragments of any
 * type, and under @skip / @include too: when in doubt, it is selected).
 */
function selectsField(name: string, nodes: readonly FieldNode[], info: GraphQLResolveInfo): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === name
        : within(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet),
    );
  return nodes.some((node) => within(node.selectionSet));
}

const selectionSetsOf = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

/** The selection sets of the items below `nodes` (a field's nodes of type `type`), following `path` (e.g. `edges.node`). */
function itemSelections(type: GraphQLObjectType, nodes: readonly FieldNode[], path: readonly string[], info: GraphQLResolveInfo): SelectionSetNode[] {
  let sets = selectionSetsOf(nodes);
  let current = type;
  for (const name of path) {
    sets = selectionSetsOf(fieldsOn(current.name, sets, info).get(name) ?? []);
    current = namedObjectType(current.getFields()[name].type);
  }
  return sets;
}

function namedObjectType(type: GraphQLOutputType): GraphQLObjectType {
  const named = getNamedType(type);
  if (!isObjectType(named)) throw new Error(`nested reads follow object types only, not ${named.name}`);
  return named;
}

/** The relation fields to read below items of `typeName` selected by `sets`. */
function branchesBelow(typeName: string, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo, ctx: Context, depth: number): Branch[] {
  const relations = RELATIONS[typeName];
  const type = info.schema.getType(typeName);
  if (!relations || depth > MAX_DEPTH || !isObjectType(type)) return [];
  const branches: Branch[] = [];
  for (const [name, nodes] of fieldsOn(typeName, sets, info)) {
    const relation = relations[name];
    if (!relation) continue;
    const field = type.getFields()[name];
    // Aliases of one field with different arguments are different reads.
    const byArguments = new Map<string, { args: Record<string, unknown>; nodes: FieldNode[] }>();
    for (const node of nodes) {
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, node, info.variableValues);
      } catch {
        continue; // the resolver reports it
      }
      const key = JSON.stringify(args);
      const group = byArguments.get(key) ?? { args, nodes: [] };
      group.nodes.push(node);
      byArguments.set(key, group);
    }
    for (const { args, nodes: group } of byArguments.values()) {
      let read: NestedRead | null;
      try {
        read = relation.read(args, ctx, selectsField("pageInfo", group, info));
      } catch {
        continue; // invalid arguments: the resolver reports them
      }
      if (!read) continue;
      const items = itemSelections(namedObjectType(field.type), group, relation.itemPath, info);
      branches.push({ relation, read, children: branchesBelow(relation.shape.typeName, items, info, ctx, depth + 1) });
    }
  }
  return branches;
}

/** A fragment with its parent, its nodes and its page size renamed for its place in the query. */
function placed(fragment: string, parent: string, node: string, limit: string): string {
  return cypher(`queries/nested/${fragment}`)
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\bparent\b/g, parent)
    .replace(/\bnode\b/g, node)
    .replace(/\$limit\b/g, `$${limit}`)
    .trim();
}

const projection = (variable: string, typeName: string) =>
  `[p IN $properties_${typeName} | ${variable}[p]] + [p IN $dates_${typeName} | toString(${variable}[p])]`;

interface Composed {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/**
 * Where a composed query starts: the objects a root resolver has already read (their keys), or a
 * root list read by a fragment of its own (cypher/queries/nested/, written against `node`).
 */
type Start = { keys: string[] } | { fragment: string; reader: keyof NodeReaders };

/** The query reading the start's objects' keys (or the objects themselves) and every branch below them. */
function compose(root: NodeShape, start: Start, branches: readonly Branch[], ctx: Context): Composed {
  const params: Record<string, unknown> = {};
  const names: string[] = [];
  let limits = 0;
  const projected = (reader: keyof NodeReaders, variable: string, typeName: string) => {
    const { properties, dates } = ctx.nodes[reader].params() as { properties: string[]; dates: string[] };
    params[`properties_${typeName}`] = properties;
    params[`dates_${typeName}`] = dates;
    return projection(variable, typeName);
  };
  const expressions = (list: readonly Branch[], depth: number): string =>
    list
      .map((branch) => {
        const parent = `n${depth}`;
        const node = `n${depth + 1}`;
        const limit = `limit${limits++}`;
        if (branch.read.limit !== undefined) params[limit] = toNeo4jInt(branch.read.limit);
        names.push(branch.read.fragment);
        const values = projected(branch.relation.reader, node, branch.relation.shape.typeName);
        // Rows of the last level carry no `children` (a page reads thousands of them).
        const children = branch.children.length ? `, children: [${expressions(branch.children, depth + 1)}]` : "";
        return ["COLLECT {", placed(branch.read.fragment, parent, node, limit), `RETURN {node: ${values}${children}} AS row`, "}"].join("\n");
      })
      .join(",\n");
  let text: string;
  if ("keys" in start) {
    params.keys = start.keys;
    text = [
      "UNWIND $keys AS key",
      `MATCH (n0:${root.typeName} {${root.key}: key})`,
      `RETURN key, [${expressions(branches, 0)}] AS children`,
    ].join("\n");
  } else {
    const values = projected(start.reader, "n0", root.typeName);
    text = [placed(start.fragment, "", "n0", "limitRoot"), `RETURN ${values} AS node, [${expressions(branches, 0)}] AS children`].join("\n");
  }
  const head = "keys" in start ? root.typeName : start.fragment;
  return { name: [`nested:${head}`, ...(names.length ? [names.join(",")] : [])].join(">"), text, params };
}

function primedIn(ctx: Context, loader: DataLoader<string, unknown[]>): Map<string, unknown[]> {
  let values = ctx.primed.get(loader);
  if (!values) ctx.primed.set(loader, (values = new Map()));
  return values;
}

/** What a nested read primed into `loader` for `key`; undefined when it primed nothing there. */
function primedValue<V>(ctx: Context, loader: DataLoader<string, V>, key: string): V | undefined {
  return ctx.primed.get(loader as unknown as DataLoader<string, unknown[]>)?.get(key) as V | undefined;
}

/**
 * What `loader` holds for `key`: the value itself when a nested read primed it (so the resolver
 * answers without a promise, which graphql-js completes much faster), else the loader's promise.
 */
export function loadPrimed<V>(ctx: Context, loader: DataLoader<string, V>, key: string): V | Promise<V> {
  return primedValue(ctx, loader, key) ?? loader.load(key);
}

/**
 * The rows of a page below `key` for a paged relation's resolver: the exact page a nested read
 * primed when this field does not ask whether more follow (it has `first` rows, so `hasNextPage`
 * would read false: it is not selected), else the page of `first + 1` rows, primed or loaded.
 */
export function loadPage<V>(ctx: Context, info: GraphQLResolveInfo, pages: PagedLoaders<V>, request: PageRequest, key: string): V[] | Promise<V[]> {
  const exact = selectsField("pageInfo", info.fieldNodes, info) ? undefined : primedValue(ctx, pages(request, true), key);
  return exact ?? loadPrimed(ctx, pages(request), key);
}

/** `f` of the value, now when it is one, later when it is a promise. */
export function whenLoaded<T, R>(value: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** The value an object's next level is keyed by (its id, a country's code). */
const keyOf = (item: object, shape: NodeShape) => String((item as Record<string, unknown>)[shape.key]);

interface NestedRow {
  node: Plain;
  /** One list per branch below; absent on the last level. */
  children?: NestedRow[][];
}

/** Primes each branch's loader with the rows read for `parentKey`, then the branches below each row. */
function prime(branches: readonly Branch[], parentKey: string, children: NestedRow[][], ctx: Context): void {
  branches.forEach((branch, i) => {
    const rows = children[i] ?? [];
    const reader = ctx.nodes[branch.relation.reader];
    const items: object[] = rows.map((row) => reader.map(row.node));
    branch.read.loader.prime(parentKey, items);
    primedIn(ctx, branch.read.loader).set(parentKey, items);
    if (branch.children.length === 0) return;
    rows.forEach((row, j) => prime(branch.children, keyOf(items[j], branch.relation.shape), row.children ?? [], ctx));
  });
}

/**
 * The relations with a nested form selected below the items of a root field (`info` is its
 * resolver's; `itemPath` leads from the field to the items); none with nested reads off.
 */
function selectedBranches(ctx: Context, info: GraphQLResolveInfo, root: NodeShape, itemPath: readonly string[] = []): Branch[] {
  if (!ctx.nested) return [];
  const sets = itemSelections(namedObjectType(info.returnType), info.fieldNodes, itemPath, info);
  return branchesBelow(root.typeName, sets, info, ctx, 1);
}

/**
 * Reads, in one query, the relations selected below `items` (the objects a root resolver is about to
 * return, of the type `root` describes) and primes their loaders. `info` is the root resolver's;
 * `itemPath` leads from its field to the items (`edges.node` for a connection). Nothing to read: no query.
 */
export async function prefetchBelow(
  ctx: Context,
  info: GraphQLResolveInfo,
  root: NodeShape,
  items: readonly object[],
  itemPath: readonly string[] = [],
): Promise<void> {
  if (items.length === 0) return;
  const branches = selectedBranches(ctx, info, root, itemPath);
  if (branches.length === 0) return;
  const query = compose(root, { keys: items.map((item) => keyOf(item, root)) }, branches, ctx);
  const rows: Row[] = await ctx.db.readComposed(query, query.params);
  for (const row of rows) prime(branches, String(row.key), row.children as unknown as NestedRow[][], ctx);
}

/**
 * A root list read by its own fragment (cypher/queries/nested/`fragment`), with the relations
 * selected below its items read in the same query: one round trip for the whole selection. With
 * nested reads off, the same fragment reads the list alone.
 */
export async function readListWithNested<T extends object>(
  ctx: Context,
  info: GraphQLResolveInfo,
  shape: NodeShape,
  fragment: string,
  reader: keyof NodeReaders,
): Promise<T[]> {
  const branches = selectedBranches(ctx, info, shape);
  const query = compose(shape, { fragment, reader }, branches, ctx);
  const rows: Row[] = await ctx.db.readComposed(query, query.params);
  return rows.map((row) => {
    const item = ctx.nodes[reader].map(row.node) as T;
    prime(branches, keyOf(item, shape), row.children as unknown as NestedRow[][], ctx);
    return item;
  });
}

/** One object by key from its loader, with the relations selected below it read as below a list. */
export async function loadWithNested<T extends object>(
  ctx: Context,
  info: GraphQLResolveInfo,
  shape: NodeShape,
  loader: DataLoader<string, T | null>,
  key: string,
): Promise<T | null> {
  const item = await loader.load(key);
  await prefetchBelow(ctx, info, shape, item ? [item] : []);
  return item;
}
