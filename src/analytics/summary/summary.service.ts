/**
 * The yearly summary's own numbers (docs/analytics.md, "Yearly summary"): activities by kind and
 * country, and funds mobilised by funding type, for the province or one unit. The yearly report
 * reads them through GraphQL, like every other number it prints.
 */
import type { Database, Row } from "../../db/database";
import { ACTIVITY_KINDS, FUNDING_TYPES, type ActivityKind, type FundingType } from "../../domain/enums";
import { checkPeriod, dateParam, type PeriodInput } from "../../graphql/inputs";
import { toCountry } from "../../modules/countries/country.type";
import { analyticsCache } from "../common/cache";
import { type DatedAmount, fundsInUsd, ratesOf, withRates } from "../common/funds";
import type { ActivityCount, FundsMobilized } from "./summary.type";

export async function activityCounts(db: Database, input: PeriodInput, organizerId: string | null): Promise<ActivityCount[]> {
  const period = checkPeriod(input, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period"), organizerId: organizerId ?? null };
  const rows = await analyticsCache(db).get(JSON.stringify(["activityCounts", period.start, period.end, params.organizerId]), () => db.read("queries/analytics/summary/activities", params));
  return rows.map((row) => ({
    kind: row.kind as ActivityKind,
    country: row.countryNode ? toCountry(row.countryNode as Row) : null,
    activities: Number(row.activities),
  }));
}

/** Activities per kind, each once, in ActivityKind order; kinds without any left out. */
export async function activityTotals(db: Database, input: PeriodInput, organizerId: string | null): Promise<{ kind: ActivityKind; count: number }[]> {
  const period = checkPeriod(input, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period"), organizerId: organizerId ?? null };
  const rows = await analyticsCache(db).get(JSON.stringify(["activityTotals", period.start, period.end, params.organizerId]), () => db.read("queries/analytics/summary/activity-kinds", params));
  const counts = new Map(rows.map((row) => [row.kind as ActivityKind, Number(row.count)]));
  return ACTIVITY_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
}

export async function fundsMobilized(db: Database, input: PeriodInput, unitId: string | null): Promise<FundsMobilized> {
  const period = checkPeriod(input, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period"), unitId: unitId ?? null };
  const [row] = await analyticsCache(db).get(JSON.stringify(["fundsMobilized", period.start, period.end, params.unitId]), () => db.read("queries/analytics/summary/funds", params));
  const rate = ratesOf(row.rates);
  const funds = row.funds as unknown as (DatedAmount & { fundingType: FundingType | null })[];
  const total = fundsInUsd(withRates(funds, rate));
  const byFundingType = [null, ...FUNDING_TYPES].flatMap((fundingType) => {
    const own = funds.filter((f) => f.fundingType === fundingType);
    if (own.length === 0) return [];
    const converted = fundsInUsd(withRates(own, rate));
    return [{ fundingType, usd: converted.usd, unconvertedFunds: converted.unconverted }];
  });
  return { totalUsd: total.usd, unconvertedFunds: total.unconverted, byFundingType };
}
