/**
 * How an entity type is stored and read back: the node label (its GraphQL type name), the property
 * every row is keyed by, and, for each GraphQL field, the stored properties it reads and, when the
 * field is a value of the object (not a relation its resolver reads from the key), how that value is
 * computed from them. A request reads only the stored properties its selected fields read
 * (projection.ts) and builds only the values it can compute from them. Declared once per type, next
 * to the type (src/modules/<entity>/<entity>.type.ts).
 */
import type { Row } from "../../db/database";
import type { Plain } from "../../db/mapping";

/**
 * One field of an entity type: the stored properties it reads and, for a field that is a value of
 * the object, how the value is computed from those properties' values (given in the same order).
 * The value is set on the object under the field's name.
 */
export interface FieldRead {
  readonly reads: readonly string[];
  readonly value?: (...stored: Plain[]) => unknown;
}

/**
 * A field whose value is computed from the stored properties it reads, given in the same order.
 * (`any`: each function names the types it expects of its stored values, which Neo4j does not
 * check; the entity tests and the API tests do.)
 */
export function computed(reads: string | readonly string[], value: (...stored: any[]) => unknown): FieldRead {
  return { reads: typeof reads === "string" ? [reads] : reads, value };
}

/**
 * A field its resolver answers (a relation, read from the object's key): no value of its own. It may
 * read stored properties that other fields' values are computed from (an actor's `country` reads
 * `country`, from which `countryCode`, the key its resolver looks for, is computed).
 */
export function resolved(...reads: string[]): FieldRead {
  return { reads };
}

export interface EntityType<T = unknown> {
  /** GraphQL object type name, which is also the node's label. */
  typeName: string;
  /** The stored property rows are keyed by (always read): `id`, or `code` for a country. */
  key: string;
  /** Every field of the GraphQL type: what it reads, and how its value is computed. */
  fields: Readonly<Record<string, FieldRead>>;
  /** Stored properties of type DATE, returned as `YYYY-MM-DD` strings. */
  dates: readonly string[];
  /**
   * Objects carry `__typename` (the type name): the members of an interface, whose type the
   * executor's default type resolver reads from it (src/schema.ts).
   */
  named: boolean;
  /** The object for a row holding every stored property the type reads (whole reads: writes, analytics). */
  map(row: Row): T;
}

/** The fields with a value, each with its name: what an object of the type is built from. */
export function valueFields(type: Pick<EntityType, "fields">): { name: string; reads: readonly string[]; value: (...stored: Plain[]) => unknown }[] {
  return Object.entries(type.fields).flatMap(([name, { reads, value }]) => (value ? [{ name, reads, value }] : []));
}

export function entityType<T>(
  typeName: string,
  key: string,
  fields: Record<string, FieldRead>,
  dates: readonly string[],
  options: { named?: boolean } = {},
): EntityType<T> {
  const named = options.named ?? false;
  const values = valueFields({ fields });
  const map = (row: Row): T => {
    const object: Record<string, unknown> = named ? { __typename: typeName } : {};
    for (const { name, reads, value } of values) object[name] = reads.length === 1 ? value(row[reads[0]]) : value(...reads.map((property) => row[property]));
    return object as T;
  };
  return { typeName, key, fields, dates, named, map };
}
