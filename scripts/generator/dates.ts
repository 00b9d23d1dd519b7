/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC): generating millions of dated
 * records is then integer arithmetic, and each day's `YYYY-MM-DD` text is built once and cached.
 */
const MS_PER_DAY = 86_400_000;
const text = new Map<number, string>();

/** Day number of a calendar date (month 1..12). */
export function dayOf(year: number, month = 1, day = 1): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  let s = text.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    text.set(day, s);
  }
  return s;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** First and last day of a year. */
export function yearStart(year: number): number {
  return dayOf(year, 1, 1);
}
export function yearEnd(year: number): number {
  return dayOf(year, 12, 31);
}
