/**
 * The activity tallies partnerCoverage reads (cypher/tallies/; docs/analytics.md, "Partner coverage
 * by country"): counts and funds per country, year and partner kinds, built so that a coverage query
 * reads a few thousand tallies instead of walking every activity.
 *
 * They are rebuilt by scope: a set of countries and of years (the per-country tallies of those
 * countries in those years, and the totals of those years).
 * An import rebuilds the whole graph's scope; a write only the scope of the records it changes, read
 * before the write and after it (an activity moved from one year or country to another leaves the
 * tallies of both). Rebuilding a scope runs the same statements as a whole rebuild, restricted, so
 * the two cannot disagree.
 */
import { toNeo4jInt } from "../db/mapping";
import type { Transaction } from "../db/database";

export interface TallyScope {
  countries: ReadonlySet<string>;
  years: ReadonlySet<number>;
}

export const EMPTY_SCOPE: TallyScope = { countries: new Set(), years: new Set() };

/** Steps of a rebuild (cypher/tallies/): the scope's tallies go, then are built again in one pass. */
const STEPS = ["clear", "build"];

/** Every country and year of the graph. */
export async function wholeGraphScope(tx: Transaction): Promise<TallyScope> {
  const [row] = await tx.run("tallies/scope-all");
  return { countries: new Set(row.countries as string[]), years: new Set((row.years as unknown[]).map(Number)) };
}

/** The tallies the records with these ids count in, as the graph is now. */
export async function scopeOf(tx: Transaction, ids: readonly string[]): Promise<TallyScope> {
  const countries = new Set<string>();
  const years = new Set<number>();
  for (const row of await tx.run("tallies/scope-of", { ids })) {
    for (const code of row.countries as string[]) countries.add(code);
    if (row.year != null) years.add(Number(row.year));
  }
  return { countries, years };
}

export function unionOf(a: TallyScope, b: TallyScope): TallyScope {
  return { countries: new Set([...a.countries, ...b.countries]), years: new Set([...a.years, ...b.years]) };
}

/** Builds the tallies of the scope again from the graph; `onStep` hears how long each step took. */
export async function rebuildTallies(tx: Transaction, scope: TallyScope, onStep: (name: string, ms: number) => void = () => {}): Promise<void> {
  const params = { countries: [...scope.countries], years: [...scope.years].map(toNeo4jInt) };
  for (const name of STEPS) {
    const started = Date.now();
    await tx.run(`tallies/${name}`, params);
    onStep(name, Date.now() - started);
  }
}
