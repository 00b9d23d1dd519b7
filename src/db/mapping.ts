/**
 * The one boundary for Neo4j value types. Driver `Integer`s become `number`s, `Date`s become
 * `YYYY-MM-DD` strings, nodes and maps become plain objects; nothing above the repositories
 * sees a driver type. Going the other way, `toNeo4jDate` turns a dataset date into a Neo4j `date`.
 */
import neo4j, { isDate, isInt, isNode, isRelationship } from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Converts any value read from the driver to plain JSON-like data. */
export function toPlain(value: unknown): Plain {
  // Strings, floats, booleans and lists first: they are most of what a page reads, and each
  // driver-type check below probes the value's properties.
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return value as Plain;
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isInt(value)) return value.toNumber(); // ids, counts and years all fit in a double
  if (type === "bigint") return Number(value);
  if (isDate(value)) return `${pad(Number(value.year), 4)}-${pad(Number(value.month))}-${pad(Number(value.day))}`;
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (type === "object") {
    const object = value as Record<string, unknown>;
    const out: { [key: string]: Plain } = {};
    for (const key in object) out[key] = toPlain(object[key]);
    return out;
  }
  throw new Error(`Unsupported Neo4j value of type ${type}`);
}

/** `"2019-03-01"` → Neo4j `date`; null and undefined stay null. */
export function toNeo4jDate(value: string | null | undefined): InstanceType<typeof neo4j.types.Date> | null {
  if (value == null) return null;
  const [y, m, d] = value.split("-").map(Number);
  return new neo4j.types.Date(y, m, d);
}

/** A whole number stored as a Neo4j INTEGER (a plain JS number would be stored as FLOAT). */
export function toNeo4jInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}
