/**
 * Funds mobilised by funding type (docs/exports.md, "Funds mobilised by funding type"): SPEC's
 * "funds mobilised" counted as partnerCoverage's totals count them, each amount once, split by the
 * projects' funding type. The conversion is the coverage analytic's own (common/funds.ts), so the
 * total is partnerCoverage's totals.fundsMobilizedUsd to the cent.
 */
import type { Database } from "../../db/database";
import { FUNDING_TYPES, type FundingType } from "../../domain/enums";
import { checkPeriod, dateParam, type PeriodInput } from "../../graphql/inputs";
import { analyticsCache } from "../common/cache";
import { type DatedAmount, fundsInUsd, ratesOf, withRates } from "../common/funds";
import type { FundsMobilized } from "./funds.type";

type TypedAmount = DatedAmount & { fundingType: FundingType | null };

export async function fundsMobilized(db: Database, input: PeriodInput, unitId: string | null): Promise<FundsMobilized> {
  const period = checkPeriod(input, "period");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period"), unitId: unitId ?? null };
  const key = JSON.stringify(["fundsMobilized", period.start, period.end, params.unitId]);
  const [row] = await analyticsCache(db).get(key, () => db.read("queries/analytics/funds/mobilized", params));
  const rate = ratesOf(row.rates);
  const amounts = row.funds as unknown as TypedAmount[];
  const total = fundsInUsd(withRates(amounts, rate));
  // null (activities' funds) first, then FundingType order: a fixed order the report can print as is.
  const byFundingType = [null, ...FUNDING_TYPES].flatMap((fundingType) => {
    const own = amounts.filter((a) => a.fundingType === fundingType);
    if (own.length === 0) return [];
    const converted = fundsInUsd(withRates(own, rate));
    return [{ fundingType, usd: converted.usd, unconvertedFunds: converted.unconverted }];
  });
  return { totalUsd: total.usd, unconvertedFunds: total.unconverted, byFundingType };
}
