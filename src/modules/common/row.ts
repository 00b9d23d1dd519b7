/** Small readers for the plain rows the repositories get back from Neo4j. */
import type { Plain } from "../../db/mapping";

type Props = { [key: string]: Plain };

export const str = (row: Props, key: string): string => String(row[key]);
export const optStr = (row: Props, key: string): string | null => (row[key] == null ? null : String(row[key]));
export const num = (row: Props, key: string): number => Number(row[key]);
/**
 * One empty list for every absent list property, frozen so that nobody can fill it for everyone:
 * a page maps thousands of rows whose list properties it did not read (BENCHMARKS.md, round 9).
 */
export const NO_ITEMS: readonly never[] = Object.freeze([]);
export const strList = <T extends string = string>(row: Props, key: string): T[] => ((row[key] ?? NO_ITEMS) as T[]);
