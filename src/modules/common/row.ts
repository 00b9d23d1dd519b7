/** Small readers for the plain rows the repositories get back from Neo4j. */
import type { Plain } from "../../db/mapping";

type Props = { [key: string]: Plain };

export const str = (row: Props, key: string): string => String(row[key]);
export const optStr = (row: Props, key: string): string | null => (row[key] == null ? null : String(row[key]));
export const num = (row: Props, key: string): number => Number(row[key]);
export const strList = <T extends string = string>(row: Props, key: string): T[] => ((row[key] ?? []) as T[]);
