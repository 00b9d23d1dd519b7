/**
 * Dates and periods, as the dataset format and the API both write them: a date is `YYYY-MM-DD`,
 * a period is whole calendar years (docs/analytics.md, "Common rules"). The importer checks dataset
 * dates with `isIsoDate`, the API its date arguments and periods with the same functions.
 */

/** Years a dataset or a question may name. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2019-02-30). */
export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whole calendar years `fromYear..toYear`, both included. */
export interface Period {
  fromYear: number;
  toYear: number;
  /** `fromYear-01-01` */
  start: string;
  /** `toYear-12-31`: the period's "as of" date. */
  end: string;
}

/**
 * The period of whole years `fromYear..toYear`, or what is wrong with it: each problem with the
 * name of the year it is about.
 */
export function period(fromYear: number, toYear: number): Period | { problem: string; field: "fromYear" | "toYear" } {
  for (const [field, year] of [["fromYear", fromYear], ["toYear", toYear]] as const) {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return { field, problem: `must be a year between ${MIN_YEAR} and ${MAX_YEAR}, got ${year}` };
  }
  if (toYear < fromYear) return { field: "toYear", problem: `must not be before fromYear (${fromYear}), got ${toYear}` };
  return { fromYear, toYear, start: `${fromYear}-01-01`, end: `${toYear}-12-31` };
}

const DAY_MS = 86_400_000;

function toDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` plus `days` (may be negative), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return toIso(new Date(toDate(date).getTime() + days * DAY_MS));
}

/**
 * `date` plus `years` calendar years: the same month and day, except that 29 February lands on
 * 28 February in a common year (2016-02-29 + 5 → 2021-02-28).
 */
export function addYears(date: string, years: number): string {
  const d = toDate(date);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}
