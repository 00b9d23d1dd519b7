/**
 * The values of the GraphQL objects, from the stored values Neo4j returns: each field of an entity
 * type computes its value with one of these (see graphql/read/entity.ts).
 */
import type { Plain } from "../../db/mapping";

export const text = (value: Plain): string => String(value);
export const optText = (value: Plain): string | null => (value == null ? null : String(value));
export const number = (value: Plain): number => Number(value);
export const optNumber = (value: Plain): number | null => (value == null ? null : Number(value));
/** A boolean stored only when true. */
export const flag = (value: Plain): boolean => value === true;
/**
 * One empty list for every absent list property, frozen so that nobody can fill it for everyone:
 * a page maps thousands of rows whose list properties it did not read (BENCHMARKS.md, round 9).
 */
export const NO_ITEMS: readonly never[] = Object.freeze([]);
export const list = (value: Plain): string[] => (value ?? NO_ITEMS) as string[];
