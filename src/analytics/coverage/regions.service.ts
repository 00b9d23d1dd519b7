/**
 * Coverage by region (docs/analytics.md, "Coverage by region"): one row per region with a partner,
 * plus every region of a priority country of the plan; ordered by region name. Each column as the
 * country rows', over the countries of the region, nothing counted twice inside it.
 */
import type { Database, Row } from "../../db/database";
import type { Region } from "../../domain/enums";
import { checkPeriod, dateParam, listParam } from "../../graphql/inputs";
import { toCountry } from "../../modules/countries/country.type";
import { analyticsCache } from "../common/cache";
import { type DatedAmount, fundsInUsd, ratesOf, withRates } from "../common/funds";
import type { CoverageArgs } from "./coverage.service";
import type { RegionCoverage } from "./regions.type";

interface Counted {
  region: Region;
  count: number;
  funds?: (DatedAmount | null)[];
}

export async function regionCoverage(db: Database, args: CoverageArgs): Promise<RegionCoverage[]> {
  const period = checkPeriod(args.period, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period"), planId: args.planId ?? null, kinds: listParam(args.kinds) };
  const key = JSON.stringify(["coverage-regions", period.start, period.end, params.planId, params.kinds]);
  const [row] = await analyticsCache(db).get(key, () => db.read("queries/analytics/coverage/regions", params));
  const partners = row.partners as unknown as { region: Region; partners: number; countries: string[] }[];
  const partnerships = row.partnerships as unknown as Counted[];
  const activities = row.activities as unknown as Counted[];
  const projects = row.projects as unknown as Counted[];
  const priority = (row.priorityCountries as Row[]).map(toCountry);
  const rate = ratesOf(row.rates);

  const regions = new Set<Region>([...partners.filter((p) => p.partners > 0).map((p) => p.region), ...priority.map((c) => c.region)]);
  return [...regions].sort().map((region) => {
    const own = partners.find((p) => p.region === region);
    const counted = (list: Counted[]) => list.find((c) => c.region === region);
    const amounts = [...(counted(activities)?.funds ?? []), ...(counted(projects)?.funds ?? [])].filter((f): f is DatedAmount => f !== null);
    const funds = fundsInUsd(withRates(amounts, rate));
    const withPartners = new Set(own?.countries ?? []);
    return {
      region,
      partners: Number(own?.partners ?? 0),
      partnershipsInForce: Number(counted(partnerships)?.count ?? 0),
      activities: Number(counted(activities)?.count ?? 0),
      projects: Number(counted(projects)?.count ?? 0),
      fundsMobilizedUsd: funds.usd,
      unconvertedFunds: funds.unconverted,
      countriesWithPartners: withPartners.size,
      priorityCountriesWithout: priority.filter((c) => c.region === region && !withPartners.has(c.code)),
    };
  });
}
