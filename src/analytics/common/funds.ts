/**
 * Funds mobilised, in US dollars (docs/analytics.md, "Common rules": US dollars). The Cypher queries sum amounts per currency
 * and year of the dated event and attach the year's rate; this module turns those groups into one
 * USD total plus the amounts that had no rate. A missing rate is never guessed: its amounts stay
 * out of the USD total and are reported per currency instead.
 */
import type { Money } from "../../modules/common/money.type";

/** Amounts of one currency dated in one year, with that year's rate (null when none is known). */
export interface FundsGroup {
  currency: string;
  year: number;
  amount: number;
  /** USD per unit; the queries give USD itself a rate of 1. */
  usdPerUnit: number | null;
}

export interface FundsInUsd {
  /** Rounded to cents, so that the sum does not depend on the order of floating-point additions. */
  usd: number;
  /** Amounts without a rate, summed per currency, ordered by currency code. */
  unconverted: Money[];
}

export function roundCents(value: number): number {
  return Math.round(value * 100 + Number.EPSILON) / 100;
}

export function fundsInUsd(groups: readonly FundsGroup[]): FundsInUsd {
  let usd = 0;
  const unconverted = new Map<string, number>();
  for (const group of groups) {
    if (group.usdPerUnit === null) unconverted.set(group.currency, (unconverted.get(group.currency) ?? 0) + group.amount);
    else usd += group.amount * group.usdPerUnit;
  }
  return {
    usd: roundCents(usd),
    unconverted: [...unconverted.keys()].sort().map((currency) => ({ currency, amount: roundCents(unconverted.get(currency)!) })),
  };
}

/** Rows of a query's `funds` column (`{currency, year, amount, usdPerUnit}` maps) as typed groups. */
export function fundsGroups(value: unknown): FundsGroup[] {
  return (value as Record<string, unknown>[]).map((g) => ({
    currency: String(g.currency),
    year: Number(g.year),
    amount: Number(g.amount),
    usdPerUnit: g.usdPerUnit === null || g.usdPerUnit === undefined ? null : Number(g.usdPerUnit),
  }));
}

/** An amount dated in a year, not yet given its rate. */
export interface DatedAmount {
  currency: string;
  year: number;
  amount: number;
}

/** Exchange rates by currency and year, from a query's `rates` column (`{currency, year, usdPerUnit}` maps). */
export function ratesOf(value: unknown): (currency: string, year: number) => number | null {
  const rates = new Map((value as { currency: string; year: number; usdPerUnit: number }[]).map((r) => [`${r.currency}/${Number(r.year)}`, Number(r.usdPerUnit)]));
  return (currency, year) => (currency === "USD" ? 1 : (rates.get(`${currency}/${year}`) ?? null));
}

/** Amounts with their year's rate (USD at 1; null when none is known), for `fundsInUsd`. */
export function withRates(amounts: readonly DatedAmount[], rate: (currency: string, year: number) => number | null): FundsGroup[] {
  return amounts.map((a) => ({ currency: a.currency, year: Number(a.year), amount: Number(a.amount), usdPerUnit: rate(a.currency, Number(a.year)) }));
}
