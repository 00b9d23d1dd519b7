/**
 * The coverage tallies counted from a file's records, by the rule cypher/tallies/build.cypher applies
 * to the graph (docs/graph-model.md, "Derived nodes"): an activity's partners are the FOREIGN actors
 * it involves (involvedActors, the rule of cypher/import/link-involvement.cypher), and per year it
 * counts in
 * - one ActivityTally, by the sorted kinds of all its partners (coverage totals);
 * - one CountryActivityTally per country of its partners, by the sorted kinds of its partners there;
 * - the PartnerActivityTally of each partner's country and kind, which lists the partner's id once.
 * Each tally of activities groups them by currency: `activities` counts them all, `fundsCurrencies`
 * and `fundsAmounts` (two lists, one entry per currency, sorted by currency) sum the funded ones.
 *
 * Counted here, where the graph will hold exactly the file's records, because building them in Neo4j
 * walks every activity's INVOLVES again: the bulk import counts them while it writes the activities'
 * CSV rows (bulk/activities.ts; building them after the offline importer took a quarter of its
 * writing, BENCHMARKS.md, round 23), and an online import into an empty graph, or with --replace,
 * counts them from its file (countTallies; round 25). One rule, two places, like INVOLVES: the
 * bulk import test compares the bulk tallies with an online import's node by node, and
 * test/dataset/import-tallies.test.ts the counted ones with a build by Neo4j.
 */
import { toNeo4jDate, toNeo4jInt } from "../db/mapping";
import type { Dataset } from "./format";

/**
 * The actors an activity INVOLVES (cypher/import/link-involvement.cypher): its organisers, its
 * FOREIGN participants and the foreign parties of its partnership, each once, in that order.
 */
export function involvedActors(
  activity: { organizerIds: readonly string[]; participantIds?: readonly string[] | null; partnershipId?: string | null },
  foreign: ReadonlyMap<string, unknown>, foreignParties: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const involved = new Set<string>(activity.organizerIds);
  for (const id of activity.participantIds ?? []) if (foreign.has(id)) involved.add(id);
  if (activity.partnershipId) for (const id of foreignParties.get(activity.partnershipId) ?? []) involved.add(id);
  return involved;
}

/**
 * The tallies of a graph that holds exactly the records of `dataset` (an import into an empty graph,
 * or one with --replace): every activity counted with the partners it INVOLVES there.
 * `countries`: the graph's.
 */
export function countTallies(dataset: Dataset, countries: ReadonlySet<string>): CountedTallies {
  const counter = new TallyCounter(countries, dataset.actors.filter((actor) => actor.side === "FOREIGN"));
  const foreignParties = new Map(dataset.partnerships.map((p) => [p.id, p.foreignPartyIds] as const));
  for (const activity of dataset.activities) counter.add(activity, involvedActors(activity, counter.foreign, foreignParties));
  return counter.counted();
}

/** An activity's partner, as the tallies see it: one object per FOREIGN actor (TallyCounter.foreign), for all its activities. */
interface TallyPartner {
  readonly id: string;
  readonly kind: string;
  readonly country: string;
  /** The years of its activities so far: its PartnerActivityTally entries, with no set of ids per tally. */
  readonly years: Set<number>;
}

/** The activities of one tally, by currency (`null`: unfunded). */
class Counted {
  activities = 0;
  lastActivityOn = "";
  readonly funds = new Map<string | null, number>();

  constructor(readonly kinds: string[]) {}

  add(date: string, currency: string | null, amount: number | null): void {
    this.activities++;
    if (date > this.lastActivityOn) this.lastActivityOn = date;
    // Cypher's sum() of a group with amounts: its currency's amounts; an unfunded group is left out of the lists.
    this.funds.set(currency, (this.funds.get(currency) ?? 0) + (amount ?? 0));
  }

  /** The lists of the stored tally: funded currencies in order, each with its sum. */
  fundsLists(): { fundsCurrencies: string[]; fundsAmounts: number[] } {
    const currencies = [...this.funds.keys()].filter((c): c is string => c !== null).sort();
    return { fundsCurrencies: currencies, fundsAmounts: currencies.map((c) => this.funds.get(c)!) };
  }
}

/** Tallies by the key of their kinds (countedFor). */
type ByKinds = Map<string, Counted>;

/** The tallies of one year. */
interface YearTallies {
  totals: ByKinds;
  byCountry: Map<string, ByKinds>;
}

/** The sorted kinds of the partners, each once. */
function kindsOf(partners: readonly TallyPartner[]): string[] {
  if (partners.length === 1) return [partners[0].kind];
  return [...new Set(partners.map((p) => p.kind))].sort();
}

/** The tally of `kinds` in `tallies`, added when missing. Kinds are enum names: none holds a tab. */
function countedFor(tallies: ByKinds, kinds: string[]): Counted {
  const key = kinds.length === 1 ? kinds[0] : kinds.join("\t");
  let counted = tallies.get(key);
  if (!counted) tallies.set(key, (counted = new Counted(kinds)));
  return counted;
}

/** Counts activities into the three kinds of tallies (the nodes' properties come out by kind). */
export class TallyCounter {
  private readonly years = new Map<number, YearTallies>();
  /** The partners of some activity, each once. */
  private readonly partners: TallyPartner[] = [];
  /** The FOREIGN actors, each as a partner, by id: an activity's partners are those it involves. */
  readonly foreign = new Map<string, TallyPartner>();

  /** `countries`: the store's countries (a partner elsewhere is not tallied, as the build's `$countries`). */
  constructor(private readonly countries: ReadonlySet<string>, foreignActors: Iterable<{ id: string; kind: string; country: string }>) {
    for (const { id, kind, country } of foreignActors) this.foreign.set(id, { id, kind, country, years: new Set() });
  }

  /**
   * Counts an activity in the tallies of its year, with the FOREIGN actors among those it involves
   * as its partners; one without a date or a partner counts in none.
   */
  add(activity: { date?: string | null; funds?: { amount: number; currency: string } | null }, involved: Iterable<string>): void {
    if (!activity.date) return;
    const partners: TallyPartner[] = [];
    for (const id of involved) {
      const partner = this.foreign.get(id);
      if (partner) partners.push(partner);
    }
    if (partners.length === 0) return;
    const date = activity.date;
    const currency = activity.funds?.currency ?? null;
    const amount = activity.funds?.amount ?? null;
    const year = Number(date.slice(0, 4));
    const tallies = this.ofYear(year);

    const kinds = kindsOf(partners);
    countedFor(tallies.totals, kinds).add(date, currency, amount);

    for (const p of partners) {
      if (!this.countries.has(p.country)) continue;
      if (p.years.size === 0) this.partners.push(p);
      p.years.add(year);
    }
    // Most activities have their partners in one country: their kinds there are all their kinds.
    const first = partners[0].country;
    const inOne = partners.every((p) => p.country === first);
    for (const country of inOne ? [first] : new Set(partners.map((p) => p.country))) {
      if (!this.countries.has(country)) continue;
      let byKinds = tallies.byCountry.get(country);
      if (!byKinds) tallies.byCountry.set(country, (byKinds = new Map()));
      countedFor(byKinds, inOne ? kinds : kindsOf(partners.filter((p) => p.country === country))).add(date, currency, amount);
    }
  }

  private ofYear(year: number): YearTallies {
    let tallies = this.years.get(year);
    if (!tallies) this.years.set(year, (tallies = { totals: new Map(), byCountry: new Map() }));
    return tallies;
  }

  /** Every tally counted, as plain values (a worker thread sends them): storedTally gives a node's properties. */
  counted(): CountedTallies {
    const counted: CountedTallies = { activity: [], country: [], partner: [] };
    for (const [year, { totals, byCountry }] of this.years) {
      for (const c of totals.values()) counted.activity.push({ year, kinds: c.kinds, activities: c.activities, ...c.fundsLists() });
      for (const [country, byKinds] of byCountry) {
        for (const c of byKinds.values()) {
          counted.country.push({ country, year, kinds: c.kinds, activities: c.activities, lastActivityOn: c.lastActivityOn, ...c.fundsLists() });
        }
      }
    }
    const partners = new Map<string, CountedTallies["partner"][number]>();
    for (const p of this.partners) {
      for (const year of p.years) {
        const key = `${p.country}\t${p.kind}\t${year}`;
        let tally = partners.get(key);
        if (!tally) partners.set(key, (tally = { country: p.country, kind: p.kind, year, partnerIds: [] }));
        tally.partnerIds.push(p.id);
      }
    }
    for (const tally of partners.values()) {
      tally.partnerIds.sort();
      counted.partner.push(tally);
    }
    return counted;
  }
}

/** The tallies of some years, by kind of tally node (ActivityTally, CountryActivityTally, PartnerActivityTally). */
export interface CountedTallies {
  activity: { year: number; kinds: string[]; activities: number; fundsCurrencies: string[]; fundsAmounts: number[] }[];
  country: { country: string; year: number; kinds: string[]; activities: number; lastActivityOn: string; fundsCurrencies: string[]; fundsAmounts: number[] }[];
  partner: { country: string; kind: string; year: number; partnerIds: string[] }[];
}

/** A tally node's properties, typed as cypher/tallies/build.cypher stores them: years and counts INTEGER, the last date a DATE. */
export function storedTally(tally: { year: number; activities?: number; lastActivityOn?: string }): Record<string, unknown> {
  const props: Record<string, unknown> = { ...tally, year: toNeo4jInt(tally.year) };
  if (tally.activities !== undefined) props.activities = toNeo4jInt(tally.activities);
  if (tally.lastActivityOn !== undefined) props.lastActivityOn = toNeo4jDate(tally.lastActivityOn);
  return props;
}
