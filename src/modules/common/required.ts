/** A relation the importer guarantees; its absence is a bug (reported to clients as an internal error). */
export function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`Missing ${what} in the graph`);
  return value;
}
