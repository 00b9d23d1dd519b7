/**
 * The activity tallies partnerCoverage reads (cypher/tallies/; docs/analytics.md, "Partner coverage
 * by country"): counts and funds per country, year and partner kinds, built so that a coverage query
 * reads a few thousand tallies instead of walking every activity.
 *
 * They are rebuilt by scope: a set of countries and of years (the per-country tallies of those
 * countries in those years, and the totals of those years).
 * An import after which the graph holds exactly its file's records (into an empty graph, or with
 * --replace) counts them from the file instead (writeCountedTallies).
 * A batched import, or one that changes many records, rebuilds the whole graph's scope;
 * a write, or an import that changes a few records (TallyChanges), only the scope of the records it
 * changes, before the write and after it (an activity moved from one year or country to another
 * leaves the tallies of both). Rebuilding a scope runs the same build as a whole rebuild,
 * restricted, so the two cannot disagree; only the clearing differs (a whole rebuild removes every
 * tally).
 */
import { toNeo4jInt } from "../db/mapping";
import type { Transaction } from "../db/database";
import { countTallies, storedTally } from "./countedTallies";
import type { Dataset } from "./format";

export interface TallyScope {
  countries: ReadonlySet<string>;
  years: ReadonlySet<number>;
}

export const EMPTY_SCOPE: TallyScope = { countries: new Set(), years: new Set() };

/** Steps of a rebuild (cypher/tallies/): the scope's tallies go, then are built again in one pass. */
const STEPS = ["clear", "build"];

/** Whether the tallies match the graph (`tallies/current`): a batched import marks them stale until its end. */
export async function talliesCurrent(tx: Transaction): Promise<boolean> {
  const [row] = await tx.run("tallies/current");
  return row?.tallied === true;
}

/** Every country and year of the graph. */
async function wholeGraphScope(tx: Transaction): Promise<TallyScope> {
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

/**
 * Above this many records whose tallies change, an import builds every tally again: their scope is
 * likely to span every year, and finding it first only adds to the whole build (at this limit,
 * 10 000 activities of every year into the M graph: 0.4–1.2 s more).
 */
const SCOPED_TALLIES_MAX_RECORDS = 10_000;

/**
 * The tallies an import's writes change (src/dataset/write.ts), gathered while they run: the records
 * whose scope is read once they are done (activities whose values changed, actors whose country,
 * kind or side changed, engagements whose actor graph is derived again, new ones included), and what
 * those counted in before that the graph no longer shows afterwards (an activity's old year, an
 * actor's old country, the partners an engagement involved before its actor graph was derived
 * again). At M, 10 new activities took 13 s, 11 of them to build every tally of every year (0.5 to
 * 1 s with their scope); a re-import of the whole file that corrects a few records builds a few
 * years' tallies, not all of them, and one that changes nothing builds none.
 */
export class TallyChanges {
  private readonly ids = new Set<string>();
  private readonly countries = new Set<string>();
  private readonly years = new Set<number>();

  /** A record whose tallies changed, and the year or country it counted in before, when the write changed those. */
  add(id: string, before: { year?: unknown; country?: unknown } = {}): void {
    this.ids.add(id);
    if (before.year != null) this.years.add(Number(before.year));
    if (before.country != null) this.countries.add(String(before.country));
  }

  /** Engagements whose actor graph is about to be derived again: their scope now is what they counted in before. */
  async beforeRelink(tx: Transaction, ids: readonly string[]): Promise<void> {
    for (const id of ids) this.ids.add(id);
    if (this.tooMany) return;
    const scope = await scopeOf(tx, ids);
    for (const code of scope.countries) this.countries.add(code);
    for (const year of scope.years) this.years.add(year);
  }

  /** Too many to be worth a scope: every tally is built again. */
  get tooMany(): boolean {
    return this.ids.size > SCOPED_TALLIES_MAX_RECORDS;
  }

  /** The tallies to build again, once the writes are done: what the records counted in before, and count in now. */
  async scope(tx: Transaction): Promise<TallyScope> {
    return unionOf({ countries: this.countries, years: this.years }, await scopeOf(tx, [...this.ids]));
  }
}

export function unionOf(a: TallyScope, b: TallyScope): TallyScope {
  return { countries: new Set([...a.countries, ...b.countries]), years: new Set([...a.years, ...b.years]) };
}

type OnStep = (name: string, ms: number) => void;

/** Builds the tallies of the scope again from the graph; `onStep` hears how long each step took. */
export async function rebuildTallies(tx: Transaction, scope: TallyScope, onStep: OnStep = () => {}): Promise<void> {
  for (const name of STEPS) await timed(name, onStep, () => tx.run(`tallies/${name}`, paramsOf(scope)));
}

/** Every tally built again from the whole graph (an import's): all of them go first, then the build of every country and year. */
export async function rebuildAllTallies(tx: Transaction, onStep: OnStep = () => {}): Promise<void> {
  await timed("clear", onStep, () => tx.run("tallies/clear-all"));
  const scope = await wholeGraphScope(tx);
  await timed("build", onStep, () => tx.run("tallies/build", paramsOf(scope)));
}

/**
 * Every tally, counted from the file of an import after which the graph holds exactly its records
 * (into an empty graph, or with --replace, holding the writes' lock: import.ts) and written as they
 * are: what rebuildAllTallies builds, without walking the graph again.
 */
export async function writeCountedTallies(tx: Transaction, dataset: Dataset, onStep: OnStep = () => {}): Promise<void> {
  await timed("clear", onStep, () => tx.run("tallies/clear-all"));
  const started = Date.now();
  const countries = new Set((await tx.run("import/country-codes")).map((row) => String(row.code)));
  const counted = countTallies(dataset, countries);
  onStep("count", Date.now() - started);
  await timed("write", onStep, async () => {
    for (const [statement, tallies] of [["tallies/create-activity", counted.activity], ["tallies/create-country", counted.country], ["tallies/create-partner", counted.partner]] as const) {
      for (let i = 0; i < tallies.length; i += WRITE_BATCH) await tx.run(statement, { rows: tallies.slice(i, i + WRITE_BATCH).map(storedTally) });
    }
  });
}

const WRITE_BATCH = 10_000;

function paramsOf(scope: TallyScope) {
  return { countries: [...scope.countries], years: [...scope.years].map(toNeo4jInt) };
}

async function timed(name: string, onStep: OnStep, work: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  await work();
  onStep(name, Date.now() - started);
}
