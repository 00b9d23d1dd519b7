/**
 * Relay cursor connections (https://relay.dev/graphql/connections.htm), forward pagination.
 * Collections are ordered by id (a partnership's activities may also be read newest first) and paged
 * by keyset: the cursor is the id of the last item seen, so the cost of a page does not grow with
 * its position in the collection. A page holds at most
 * MAX_PAGE_SIZE items; asking for more is an error, never a silent cut.
 */
import { Field, ObjectType, type ClassType } from "type-graphql";
import { badInput } from "./errors";
import { NonNegativeInt } from "./scalars";
import { Cost } from "./limits/cost";

export const MAX_PAGE_SIZE = 100;

/**
 * The order of the list a cursor was taken from: `id` (every list in id order) or `newest` (a
 * partnership's activities newest first). A cursor says its order, so that one taken from a list in
 * another order is refused rather than read as a position it is not.
 */
export type CursorOrder = "id" | "newest" | "oldest" | "name";

export function encodeCursor(id: string, order: CursorOrder = "id"): string {
  return Buffer.from(`${order}:${id}`, "utf8").toString("base64url");
}

const ORDERS: readonly string[] = ["id", "newest", "oldest", "name"] satisfies CursorOrder[];

/** The id a cursor of a list in `order` stands for; a clear error naming `argument` for anything else. */
export function decodeCursor(cursor: string | null | undefined, argument = "after", order: CursorOrder = "id"): string | null {
  if (cursor == null) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  const given = text.slice(0, colon);
  const id = text.slice(colon + 1);
  // Encoding again must give the same cursor: base64url decoding skips characters it does not know.
  if (colon < 0 || !ORDERS.includes(given) || encodeCursor(id, given as CursorOrder) !== cursor) {
    throw badInput(argument, "is not a cursor returned by this API");
  }
  if (given !== order) throw badInput(argument, "is a cursor of a list in another order, not of this one");
  return id;
}

/** Checks `first` against the page cap. */
export function pageSize(first: number, argument = "first"): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(argument, `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/** What the repositories need to read one page: the id to start after and how many rows (one extra tells whether there is more). */
export interface PageRequest {
  after: string | null;
  first: number;
  /** The list's order, which its cursors carry. */
  order: CursorOrder;
}

export function pageRequest(first: number, after: string | null | undefined, order: CursorOrder = "id"): PageRequest {
  return { first: pageSize(first), after: decodeCursor(after, "after", order), order };
}

@ObjectType({ simpleResolvers: true, description: "Where a page sits in its collection (Relay PageInfo)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: "True when the page was asked for with `after`, i.e. items precede it (forward pagination only).",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page; pass it as `after` for the next page." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A getter, so the count query runs only when a client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

/** An edge whose cursor is encoded only if a client selects it (a large page has thousands of edges). */
class LazyEdge<T extends { id: string }> implements Edge<T> {
  constructor(readonly node: T, private readonly order: CursorOrder) {}

  get cursor(): string {
    return encodeCursor(this.node.id, this.order);
  }
}

/** A page's PageInfo whose cursors are encoded only if a client selects them (a large page has hundreds of connections). */
class LazyPageInfo<T extends { id: string }> implements PageInfo {
  constructor(
    private readonly page: readonly T[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly order: CursorOrder,
  ) {}

  get startCursor(): string | null {
    return this.page.length ? encodeCursor(this.page[0].id, this.order) : null;
  }

  get endCursor(): string | null {
    return this.page.length ? encodeCursor(this.page[this.page.length - 1].id, this.order) : null;
  }
}

/**
 * Builds a connection from up to `first + 1` rows read in id order.
 * `count` runs only if the client asks for `totalCount`.
 */
export function toConnection<T extends { id: string }>(rows: T[], request: PageRequest, count: () => Promise<number>): Connection<T> {
  const page = rows.slice(0, request.first);
  const edges = page.map((node) => new LazyEdge(node, request.order));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: new LazyPageInfo(page, rows.length > request.first, request.after !== null, request.order),
    get totalCount() {
      return (total ??= count());
    },
  };
}

/** The GraphQL types `<Name>Edge` and `<Name>Connection` for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, plural: string): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name.toLowerCase()} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this item; pass it as `after` to continue after it." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name.toLowerCase()}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural} (Relay connection), in id order unless the field offers another.` })
  class ConnectionType {
    // The connection's `first` already counts its items (limits/cost.ts): the list of edges adds none.
    @Cost({ structural: true, listSize: 1 })
    @Field(() => [EdgeType], { description: "The items of this page." })
    edges!: EdgeType[];

    @Cost({ structural: true })
    @Field(() => PageInfo, { description: "Where this page sits in the collection." })
    pageInfo!: PageInfo;

    // Its value is a promise (the count runs only when selected); graphql-jit awaits only what a
    // resolver returns, so this field keeps type-graphql's resolver (simple: false).
    @Field(() => NonNegativeInt, { simple: false, description: `Number of ${plural} in the whole (filtered) collection, not only this page.` })
    totalCount!: Promise<number>;
  }
  return ConnectionType as unknown as ClassType<Connection<T>>;
}
