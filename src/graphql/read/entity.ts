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
  /** Every stored property the fields read, the key first: what a read that nothing narrows returns. */
  properties: readonly string[];
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

/**
 * Builds a type's objects from lists of stored values given in one order: the values of the fields
 * whose stored properties the list holds (the others are not built), and `__typename` for a named type.
 */
export class ObjectBuilder<T> {
  private readonly values: { name: string; value: (...stored: Plain[]) => unknown; at: number[] }[] = [];
  private readonly typeName: string | null;

  constructor(type: Pick<EntityType, "typeName" | "fields" | "named">, properties: readonly string[]) {
    const position = new Map(properties.map((property, i) => [property, i]));
    for (const [name, { reads, value }] of Object.entries(type.fields)) {
      if (value && reads.every((property) => position.has(property))) this.values.push({ name, value, at: reads.map((property) => position.get(property)!) });
    }
    this.typeName = type.named ? type.typeName : null;
  }

  build(list: readonly Plain[]): T {
    const object: Record<string, unknown> = this.typeName === null ? {} : { __typename: this.typeName };
    for (const { name, value, at } of this.values) object[name] = at.length === 1 ? value(list[at[0]]) : value(...at.map((i) => list[i]));
    return object as T;
  }
}

export function entityType<T>(
  typeName: string,
  key: string,
  fields: Record<string, FieldRead>,
  dates: readonly string[],
  options: { named?: boolean } = {},
): EntityType<T> {
  const named = options.named ?? false;
  const properties = [...new Set([key, ...Object.values(fields).flatMap((field) => field.reads)])];
  const whole = new ObjectBuilder<T>({ typeName, fields, named }, properties);
  const map = (row: Row): T => whole.build(properties.map((property) => row[property]));
  return { typeName, key, fields, properties, dates, named, map };
}
