/**
 * Coverage by region (docs/analytics.md, "Coverage by region"): one row per region with a partner,
 * plus every region of a priority country of the plan; ordered by region name. Each column as the
 * country rows', over the countries of the region, nothing counted twice inside it.
 */
import type { Database, Row } from "../../db/database";
import type { Region } from "../../domain/enums";
import { checkPeriod, dateParam, listParam } from "../../graphql/inputs";
import { countryType } from "../../modules/countries/country.type";
import { analyticsCache } from "../common/cache";
import { type DatedAmount, fundsInUsd, ratesOf, withRates } from "../common/funds";
import type { CoverageArgs } from "./coverage.service";
import type { RegionCoverage } from "./regions.type";

/** A group of cypher/queries/analytics/coverage/regions.cypher: items of a region, with their funds of one currency and year. */
interface Counted {
  region: Region;
  count: number;
  /** Null for the items without funds; absent for partnerships. */
  funds?: DatedAmount | null;
}

/** The groups of each region: their items summed, their funds listed. */
function byRegion(groups: Counted[]): Map<Region, { count: number; funds: DatedAmount[] }> {
  const regions = new Map<Region, { count: number; funds: DatedAmount[] }>();
  for (const group of groups) {
    let sum = regions.get(group.region);
    if (!sum) regions.set(group.region, (sum = { count: 0, funds: [] }));
    sum.count += Number(group.count);
    if (group.funds) sum.funds.push(group.funds);
  }
  return regions;
}

export async function regionCoverage(db: Database, args: CoverageArgs): Promise<RegionCoverage[]> {
  const period = checkPeriod(args.period, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period"), planId: args.planId ?? null, kinds: listParam(args.kinds) };
  const key = JSON.stringify(["coverage-regions", period.start, period.end, params.planId, params.kinds]);
  const [row] = await analyticsCache(db).get(key, () => db.read("queries/analytics/coverage/regions", params));
  const partners = new Map((row.partners as unknown as { region: Region; partners: number; countries: string[] }[]).map((p) => [p.region, p]));
  const partnerships = byRegion(row.partnerships as unknown as Counted[]);
  const activities = byRegion(row.activities as unknown as Counted[]);
  const projects = byRegion(row.projects as unknown as Counted[]);
  const priority = (row.priorityCountries as Row[]).map(countryType.map);
  const rate = ratesOf(row.rates);

  const regions = new Set<Region>([...[...partners.values()].filter((p) => p.partners > 0).map((p) => p.region), ...priority.map((c) => c.region)]);
  return [...regions].sort().map((region) => {
    const own = partners.get(region);
    const funds = fundsInUsd(withRates([...(activities.get(region)?.funds ?? []), ...(projects.get(region)?.funds ?? [])], rate));
    const withPartners = new Set(own?.countries ?? []);
    return {
      region,
      partners: Number(own?.partners ?? 0),
      partnershipsInForce: partnerships.get(region)?.count ?? 0,
      activities: activities.get(region)?.count ?? 0,
      projects: projects.get(region)?.count ?? 0,
      fundsMobilizedUsd: funds.usd,
      unconvertedFunds: funds.unconverted,
      countriesWithPartners: withPartners.size,
      priorityCountriesWithout: priority.filter((c) => c.region === region && !withPartners.has(c.code)),
    };
  });
}
