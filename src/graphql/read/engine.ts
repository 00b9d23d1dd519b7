/**
 * The read engine of one request: the only way resolvers read entities and their relations.
 *
 * - `byKey`, `one`, `list`, `page`: what a field resolver returns, from the request's DataLoaders
 *   (one per relation read, created on first use, batching one level's keys into one query). A value
 *   already in a loader's cache is returned as it is, not as a promise (settledCache.ts).
 * - `prefetch`, `rootList`, `rootObject`: for a root field, read every relation selected below its
 *   items in one query (selection.ts → plan.ts → compose.ts) and prime the loaders with the rows
 *   (prime.ts), so the field resolvers below find them there. Nothing else differs: a relation that
 *   was not prefetched (nested reads off, beyond MAX_DEPTH) is read by its loader.
 *
 * The engine knows no entity: types and relations are declared by the modules (entity.ts,
 * relation.ts) and reach it as arguments.
 */
import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { Database, Row } from "../../db/database";
import { type Connection, type PageRequest, toConnection } from "../pagination";
import { type RootList, readPage } from "./rootList";
import { composeCount, composeRead, type Statement } from "./compose";
import type { EntityType } from "./entity";
import { readKey, relationRead, type RelationRead } from "./page";
import { type Branch, planBelow } from "./plan";
import { itemsOf, keyOf, loaderValue, primeBranches, type ReadRow } from "./prime";
import { type NodeReader, Projections } from "./projection";
import type { ListRelation, OneRelation, PageRelation } from "./relation";
import { CONNECTION, asksNextPage, itemNodes, objectTypeOf } from "./selection";
import { SettledCache } from "./settledCache";

interface Cached<V> {
  loader: DataLoader<string, V>;
  cache: SettledCache<V>;
}

/** `f` of the value, now when it is one, later when it is a promise. */
export function whenLoaded<T, R>(value: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Projections never narrowed: every property of every type. */
const WHOLE = new Projections();

export class ReadEngine {
  /** Every loader of the request, by what it reads (`readKey`, or a type's lookup by key). */
  private readonly loaders = new Map<string, Cached<unknown>>();
  // Shortcuts to the same loaders, so the thousands of fields of a large page find theirs at once.
  private readonly byRead = new WeakMap<RelationRead, Cached<unknown>>();
  private readonly byRelation = new Map<OneRelation<unknown> | ListRelation<unknown>, Cached<unknown>>();
  private readonly byField = new Map<readonly FieldNode[], { read: RelationRead; cached: Cached<unknown> }>();

  /**
   * @param nested read the relations selected below a root in one query (off only to compare with
   *   reading level by level).
   */
  constructor(private readonly db: Database, readonly projections: Projections, readonly nested = true) {}

  /** How a query's `node` column of `type` is read (for root lists with queries of their own). */
  reader<T>(type: EntityType<T>): NodeReader<T> {
    return this.projections.reader(type);
  }

  /** One object by its key, with the properties the request selects of its type; null when there is none. */
  byKey<T>(type: EntityType<T>, key: string): T | null | Promise<T | null> {
    return this.valueOf(this.cached(`${type.typeName}#key`, (keys) => this.loadByKeys(type, keys, this.projections)), key) as T | null | Promise<T | null>;
  }

  /**
   * One object by its key with every property, whatever the request selects: for a service that
   * computes with the object (an analytic reading a plan's years and deadline), not only returns it.
   */
  wholeByKey<T>(type: EntityType<T>, key: string): Promise<T | null> {
    return this.cached(`${type.typeName}#whole`, (keys) => this.loadByKeys(type, keys, WHOLE)).loader.load(key) as Promise<T | null>;
  }

  one<T>(relation: OneRelation<T>, parentKey: string): T | null | Promise<T | null> {
    return this.valueOf(this.wholeRelation(relation), parentKey) as T | null | Promise<T | null>;
  }

  list<T>(relation: ListRelation<T>, parentKey: string): T[] | Promise<T[]> {
    return this.valueOf(this.wholeRelation(relation), parentKey) as T[] | Promise<T[]>;
  }

  /** A page of a relation for the field `info` resolves, with the field's paging arguments. */
  page<T extends { id: string }>(
    relation: PageRelation<T>,
    parentKey: string,
    args: Record<string, unknown>,
    info: GraphQLResolveInfo,
  ): Connection<T> | Promise<Connection<T>> {
    const { read, cached } = this.fieldRead(relation, args, info);
    return whenLoaded(this.valueOf(cached, parentKey) as T[] | Promise<T[]>, (rows) =>
      toConnection(rows, read.page!, async () => (await this.count(relation, parentKey)) as number));
  }

  /**
   * Reads, in one query, the relations selected below `items` (what the root field `info` resolves is
   * about to return; `itemPath` leads from the field to them, `edges.node` for a connection) and
   * primes their loaders. Nothing selected, no items, or nested reads off: no query.
   */
  async prefetch(info: GraphQLResolveInfo, type: EntityType, items: readonly object[], itemPath: readonly string[] = []): Promise<void> {
    const branches = this.planned(info, itemPath);
    if (items.length === 0 || branches.length === 0) return;
    const keys = items.map((item) => keyOf(type, item));
    const rows = await this.run(composeRead({ type, keys, withNode: false }, branches, this.projections, await this.afterKeys(branches)));
    for (const row of rows) primeBranches(this, branches, String(row.key), row.children as unknown as ReadRow[][]);
  }

  /** A root list read by its own fragment (cypher/roots/), with the relations selected below its items in the same query. */
  async rootList<T>(info: GraphQLResolveInfo, type: EntityType<T>, fragment: string): Promise<T[]> {
    const branches = this.planned(info, []);
    const rows = await this.run(composeRead({ type, fragment }, branches, this.projections, await this.afterKeys(branches)));
    const projection = this.projections.of(type);
    return rows.map((row) => {
      const item = projection.object(row.node) as T;
      primeBranches(this, branches, keyOf(type, item), (row.children ?? []) as unknown as ReadRow[][]);
      return item;
    });
  }

  /**
   * A page of a root list read by its own page and count queries (they take `filter`), with the
   * relations selected below its items read in one more query.
   */
  async rootPage<T extends { id: string }>(
    info: GraphQLResolveInfo,
    type: EntityType<T>,
    list: RootList,
    filter: Record<string, unknown>,
    request: PageRequest,
  ): Promise<Connection<T>> {
    const connection = await readPage(this.db, list, filter, request, this.reader(type));
    await this.prefetch(info, type, connection.edges.map((edge) => edge.node), CONNECTION);
    return connection;
  }

  /** One object by key for a root field, with the relations selected below it read as below a list. */
  async rootObject<T extends object>(info: GraphQLResolveInfo, type: EntityType<T>, key: string): Promise<T | null> {
    const item = await this.byKey(type, key);
    await this.prefetch(info, type, item ? [item] : []);
    return item;
  }

  /** An archived object by its key (for the callers who may read one: identity/permissions.ts), its own values only. */
  async archivedByKey<T>(type: EntityType<T>, key: string): Promise<T | null> {
    const [item] = await this.loadByKeys(type, [key], this.projections, true);
    return item as T | null;
  }

  /**
   * Forgets everything read so far: after a write, so that the request reads the graph as it now
   * is, and once the request is answered (src/http/handler.ts says why).
   */
  forget(): void {
    for (const { loader } of this.loaders.values()) loader.clearAll();
  }

  /** Puts a nested read's value for one parent into the loader of its read (prime.ts). */
  prime(read: RelationRead, parentKey: string, value: unknown): void {
    this.loaderOf(read).cache.prime(parentKey, value);
  }

  private planned(info: GraphQLResolveInfo, itemPath: readonly string[]): Branch[] {
    const type = objectTypeOf(info.returnType);
    if (!this.nested || !type) return [];
    const items = itemNodes(info, type, info.fieldNodes, itemPath);
    return planBelow(info, items.type, items.nodes);
  }

  /**
   * The loader of a relation read whole (one object or a list): the same for every parent. Found
   * once per request, not per field resolved (a page resolves thousands).
   */
  private wholeRelation(relation: OneRelation<unknown> | ListRelation<unknown>): Cached<unknown> {
    let cached = this.byRelation.get(relation);
    if (!cached) this.byRelation.set(relation, (cached = this.loaderOf(relationRead(relation, {}, false))));
    return cached;
  }

  /**
   * The read and loader of a paged field: the same for every parent below one selection (one request
   * gives a field the same arguments and selection wherever it is resolved), so found once per field.
   */
  private fieldRead(relation: PageRelation<unknown>, args: Record<string, unknown>, info: GraphQLResolveInfo): { read: RelationRead; cached: Cached<unknown> } {
    let found = this.byField.get(info.fieldNodes);
    if (!found || found.read.relation !== relation) {
      const connection = objectTypeOf(info.returnType);
      const read = relationRead(relation, args, !!connection && asksNextPage(info, connection, info.fieldNodes));
      this.byField.set(info.fieldNodes, (found = { read, cached: this.loaderOf(read) }));
    }
    return found;
  }

  private count(relation: PageRelation<unknown>, parentKey: string): number | Promise<number> {
    const cached = this.cached(`${relation.name}#count`, async (keys) => {
      const rows = await this.run(composeCount(relation.from, relation.count, relation.name, keys));
      const totals = new Map(rows.map((row) => [String(row.key), Number(row.total)]));
      return keys.map((key) => totals.get(key) ?? 0);
    });
    return this.valueOf(cached, parentKey) as number | Promise<number>;
  }

  /** The loader of one relation read: one query per batch of parent keys, the read as the only branch. */
  private loaderOf(read: RelationRead): Cached<unknown> {
    const known = this.byRead.get(read);
    if (known) return known;
    const cached = this.cached(readKey(read), async (keys) => {
      const branches = [{ read, children: [] }];
      const rows = await this.run(composeRead({ type: read.relation.from, keys, withNode: false }, branches, this.projections, await this.afterKeys(branches)));
      const byKey = new Map(rows.map((row) => [String(row.key), (row.children as unknown as ReadRow[][])[0]]));
      return keys.map((key) => loaderValue(read, itemsOf(read, byKey.get(key) ?? [], this.projections).items));
    });
    this.byRead.set(read, cached);
    return cached;
  }

  /** The sort keys of the cursors of the reads in these branches whose order has an `afterKey` statement (relation.ts). */
  private async afterKeys(branches: readonly Branch[]): Promise<Map<RelationRead, unknown>> {
    const keys = new Map<RelationRead, unknown>();
    const visit = async (list: readonly Branch[]): Promise<void> => {
      for (const { read, children } of list) {
        if (read.afterKey && read.page?.after) keys.set(read, (await this.db.read(read.afterKey, { after: read.page.after }))[0]?.key ?? null);
        await visit(children);
      }
    };
    await visit(branches);
    return keys;
  }

  private async loadByKeys(type: EntityType, keys: readonly string[], projections: Projections, archived = false): Promise<unknown[]> {
    const rows = await this.run(composeRead({ type, keys, withNode: true, archived }, [], projections));
    const projection = projections.of(type);
    const byKey = new Map(rows.map((row) => [String(row.key), projection.object(row.node)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  private cached(name: string, batch: (keys: readonly string[]) => Promise<unknown[]>): Cached<unknown> {
    let entry = this.loaders.get(name);
    if (!entry) {
      const cache = new SettledCache<unknown>();
      entry = { loader: new DataLoader<string, unknown>(batch, { cacheMap: cache }), cache };
      this.loaders.set(name, entry);
    }
    return entry;
  }

  private valueOf({ loader, cache }: Cached<unknown>, key: string): unknown {
    return cache.isSettled(key) ? cache.value(key) : loader.load(key);
  }

  private run(statement: Statement): Promise<Row[]> {
    return this.db.readComposed(statement, statement.params);
  }
}

