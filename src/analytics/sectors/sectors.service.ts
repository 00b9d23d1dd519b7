/**
 * Sector summary (docs/analytics.md, "Sectors"): per sector, the partnerships in force, activities
 * and projects carrying it over the period, and the funds they mobilised, by the same period and
 * funds rules as partnerCoverage. Sectors with nothing are left out; rows by sector name.
 */
import type { Database } from "../../db/database";
import { SECTORS, type Sector } from "../../domain/enums";
import { checkPeriod, dateParam, type PeriodInput } from "../../graphql/inputs";
import { analyticsCache } from "../common/cache";
import { type DatedAmount, fundsInUsd, ratesOf, withRates } from "../common/funds";
import type { SectorSummary } from "./sectors.type";

interface Item {
  sector: Sector;
  currency?: string | null;
  year?: number | null;
  amount?: number | null;
}

export async function sectorSummary(db: Database, input: PeriodInput): Promise<SectorSummary[]> {
  const period = checkPeriod(input, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period") };
  const [row] = await analyticsCache(db).get(JSON.stringify(["sectors", period.start, period.end]), () => db.read("queries/analytics/sectors/summary", params));
  const rate = ratesOf(row.rates);
  const partnerships = row.partnerships as unknown as Item[];
  const activities = row.activities as unknown as Item[];
  const projects = row.projects as unknown as Item[];
  const summaries: SectorSummary[] = [];
  for (const sector of [...SECTORS].sort()) {
    const of = (items: Item[]) => items.filter((i) => i.sector === sector);
    const [p, a, pr] = [of(partnerships), of(activities), of(projects)];
    if (p.length + a.length + pr.length === 0) continue;
    const funds = fundsInUsd(withRates([...a, ...pr].filter((i) => i.amount != null) as DatedAmount[], rate));
    summaries.push({ sector, partnershipsInForce: p.length, activities: a.length, projects: pr.length, fundsMobilizedUsd: funds.usd, unconvertedFunds: funds.unconverted });
  }
  return summaries;
}
