/**
 * How an entity type is stored and read back: the node label (its GraphQL type name), the property
 * every row is keyed by, the stored properties each GraphQL field reads (so a request reads only what
 * it selects, see projection.ts) and how a row of those properties becomes the GraphQL object.
 * Declared once per type, next to the type (src/modules/<entity>/<entity>.type.ts).
 */
import type { Row } from "../../db/database";

export interface EntityType<T = unknown> {
  /** GraphQL object type name, which is also the node's label. */
  typeName: string;
  /** The stored property rows are keyed by (always read): `id`, or `code` for a country. */
  key: string;
  /** Every field of the GraphQL type → the stored properties it reads (a relation reads none: it starts from the key). */
  fields: Readonly<Record<string, readonly string[]>>;
  /** Stored properties of type DATE, returned as `YYYY-MM-DD` strings. */
  dates: readonly string[];
  /** The GraphQL object for a row of stored properties. */
  map(row: Row): T;
  /**
   * For a record type: the mapper without the record's stamp (its version, who changed it and when),
   * for rows a request reads none of the stamp's properties in (projection.ts). Setting the stamp's
   * six values on each of a page's thousands of objects was a third of their mapping.
   */
  unstamped?: { properties: readonly string[]; map(row: Row): T };
}

export function entityType<T>(
  typeName: string,
  key: string,
  fields: Record<string, readonly string[]>,
  dates: readonly string[],
  map: (row: Row) => T,
  unstamped?: EntityType<T>["unstamped"],
): EntityType<T> {
  return { typeName, key, fields, dates, map, unstamped };
}
