/** Countries and exchange rates of a generated dataset. */
import { KNOWN_COUNTRIES } from "../../src/domain/countries";
import type { CountryInput, ExchangeRateInput } from "../../src/dataset/format";
import { FIRST_YEAR, LAST_YEAR } from "./presets";
import type { Random } from "./random";
import { COUNTRY_WEIGHTS, CURRENCIES, DOMESTIC_COUNTRY, MISSING_RATES, TAIL_COUNTRY_WEIGHT } from "./vocabulary";

/** Every country the service knows, by code: the file is then self-contained. */
export function countryRecords(): CountryInput[] {
  return [...KNOWN_COUNTRIES.values()]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((c) => ({ code: c.code, name: c.name, nameVi: c.nameVi ?? undefined, region: c.region, asean: c.asean }));
}

/** Foreign countries (every known one but Vietnam) and how often partners come from each. */
export function foreignCountryWeights(): { codes: string[]; weights: number[] } {
  const listed = new Map(COUNTRY_WEIGHTS.filter(([code]) => KNOWN_COUNTRIES.has(code)));
  const codes = [...KNOWN_COUNTRIES.keys()].filter((code) => code !== DOMESTIC_COUNTRY).sort();
  return { codes, weights: codes.map((code) => listed.get(code) ?? TAIL_COUNTRY_WEIGHT) };
}

/** Country name in English and Vietnamese (falling back to English). */
export function countryNames(code: string): [string, string] {
  const c = KNOWN_COUNTRIES.get(code);
  return c ? [c.name, c.nameVi ?? c.name] : [code, code];
}

/**
 * USD per unit for every currency and year FIRST_YEAR..LAST_YEAR, and the records that go into
 * the file (all of them except MISSING_RATES). Amounts are converted with the full table, so that
 * an amount in a currency-year without a rate is still a plausible amount.
 */
export class ExchangeRates {
  private readonly table = new Map<string, Float64Array>();

  constructor(random: Random) {
    for (const c of CURRENCIES) {
      const perYear = new Float64Array(LAST_YEAR - FIRST_YEAR + 1);
      let rate = c.usdPerUnit;
      for (let y = 0; y < perYear.length; y++) {
        if (y > 0) rate *= Math.exp(c.drift + c.volatility * random.normal());
        perYear[y] = Number(rate.toPrecision(4));
      }
      this.table.set(c.code, perYear);
    }
  }

  /** USD per unit of `currency` in `year`; USD and unknown currencies count 1:1. */
  usdPerUnit(currency: string, year: number): number {
    const perYear = this.table.get(currency);
    if (!perYear) return 1;
    return perYear[Math.min(Math.max(year, FIRST_YEAR), LAST_YEAR) - FIRST_YEAR];
  }

  records(): ExchangeRateInput[] {
    const missing = new Set(MISSING_RATES);
    const out: ExchangeRateInput[] = [];
    for (const [currency, perYear] of this.table) {
      perYear.forEach((usdPerUnit, i) => {
        const year = FIRST_YEAR + i;
        if (!missing.has(`${currency}/${year}`)) out.push({ currency, year, usdPerUnit });
      });
    }
    return out;
  }
}

/** An amount worth about `usd` US dollars, in `currency`, rounded the way budgets are (3 digits). */
export function amountIn(usd: number, currency: string, year: number, rates: ExchangeRates): number {
  return Number((usd / rates.usdPerUnit(currency, year)).toPrecision(3));
}
