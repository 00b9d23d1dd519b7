/**
 * Sector summary (docs/analytics.md, "Sectors"): per sector, the partnerships in force, activities
 * and projects carrying it over the period, and the funds they mobilised, by the same period and
 * funds rules as partnerCoverage. Sectors with nothing are left out; rows by sector name.
 */
import type { Database } from "../../db/database";
import type { Sector } from "../../domain/enums";
import { checkPeriod, dateParam, type PeriodInput } from "../../graphql/inputs";
import { analyticsCache } from "../common/cache";
import { type DatedAmount, fundsInUsd, ratesOf, withRates } from "../common/funds";
import type { SectorSummary } from "./sectors.type";

/** A group of cypher/queries/analytics/sectors/summary.cypher: items of a sector, with their funds of one currency and year. */
interface Group {
  sector: Sector;
  count: number;
  /** Null for the items without funds. */
  funds?: DatedAmount | null;
}

interface Tally {
  partnerships: number;
  activities: number;
  projects: number;
  funds: DatedAmount[];
}

export async function sectorSummary(db: Database, input: PeriodInput): Promise<SectorSummary[]> {
  const period = checkPeriod(input, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period") };
  const [row] = await analyticsCache(db).get(JSON.stringify(["sectors", period.start, period.end]), () => db.read("queries/analytics/sectors/summary", params));
  const rate = ratesOf(row.rates);
  const tallies = new Map<Sector, Tally>();
  const add = (groups: unknown, column: "partnerships" | "activities" | "projects") => {
    for (const group of groups as Group[]) {
      let tally = tallies.get(group.sector);
      if (!tally) tallies.set(group.sector, (tally = { partnerships: 0, activities: 0, projects: 0, funds: [] }));
      tally[column] += Number(group.count);
      if (group.funds) tally.funds.push(group.funds);
    }
  };
  add(row.partnerships, "partnerships");
  add(row.activities, "activities");
  add(row.projects, "projects");
  return [...tallies.keys()].sort().map((sector) => {
    const tally = tallies.get(sector)!;
    const funds = fundsInUsd(withRates(tally.funds, rate));
    return { sector, partnershipsInForce: tally.partnerships, activities: tally.activities, projects: tally.projects, fundsMobilizedUsd: funds.usd, unconvertedFunds: funds.unconverted };
  });
}
