/**
 * The URL parameters of the exports and the yearly report. Each is read and checked before any
 * question is asked; a missing or wrong one is HTTP 400 whose message and `parameter` name it, so a
 * planner who typed the link can see what to change. Years follow the API's own period rule
 * (src/domain/dates.ts), so a file refuses exactly what the GraphQL question would.
 */
import { period as checkedPeriod, isIsoDate } from "../domain/dates";
import type { LabelLang } from "../domain/labels";
import { HttpError } from "../http/body";

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** HTTP 400 naming the parameter at fault: `fromYear: must be a whole year, got "20x0"`. */
export function badParameter(name: string, problem: string): HttpError {
  return new HttpError(400, `${name}: ${problem}`, { code: "BAD_REQUEST", parameter: name });
}

/** What a user typed, shortened, for a message. */
const shown = (text: string) => JSON.stringify(text.slice(0, 40));

/** Refuses any parameter not in `allowed` (a typo would otherwise be silently ignored). */
export function onlyParameters(params: URLSearchParams, allowed: readonly string[]): void {
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) throw badParameter(name.slice(0, 40), `unknown parameter (allowed: ${allowed.join(", ")})`);
  }
}

function given(params: URLSearchParams, name: string): string | null {
  const text = params.get(name);
  return text === null || text === "" ? null : text;
}

export function yearParam(params: URLSearchParams, name: string): number {
  const text = given(params, name);
  if (text === null) throw badParameter(name, "is required (a year, e.g. 2020)");
  if (!/^\d{1,4}$/.test(text)) throw badParameter(name, `must be a whole year, got ${shown(text)}`);
  const year = Number(text);
  const checked = checkedPeriod(year, year);
  if ("problem" in checked) throw badParameter(name, checked.problem);
  return year;
}

/** `fromYear` and `toYear` as a PeriodInput, within the API's bounds and in order. */
export function periodParams(params: URLSearchParams): { fromYear: number; toYear: number } {
  const fromYear = yearParam(params, "fromYear");
  const toYear = yearParam(params, "toYear");
  const checked = checkedPeriod(fromYear, toYear);
  if ("problem" in checked) throw badParameter(checked.field, checked.problem);
  return { fromYear, toYear };
}

export function idParam(params: URLSearchParams, name: string, required: true): string;
export function idParam(params: URLSearchParams, name: string, required: false): string | null;
export function idParam(params: URLSearchParams, name: string, required: boolean): string | null {
  const text = given(params, name);
  if (text === null) {
    if (required) throw badParameter(name, "is required");
    return null;
  }
  if (!ID.test(text)) throw badParameter(name, `is not an id (letters, digits and . _ : -), got ${shown(text)}`);
  return text;
}

/** An optional enum value; `what` names the enum in the message (`unknown partnership kind "X"`). */
export function enumParam<T extends string>(params: URLSearchParams, name: string, values: readonly T[], what: string): T | null {
  const text = given(params, name);
  if (text === null) return null;
  if (!(values as readonly string[]).includes(text)) throw badParameter(name, `unknown ${what} ${shown(text)}`);
  return text as T;
}

/** The language of a file: Vietnamese unless `lang=en`. */
export function langParam(params: URLSearchParams): LabelLang {
  const text = given(params, "lang");
  if (text === null || text === "vi") return "vi";
  if (text === "en") return "en";
  throw badParameter("lang", `must be vi or en, got ${shown(text)}`);
}

/** Several values of an enum, comma-separated (`status=EXPIRED,EXPIRING`); null when none is given. */
export function enumListParam<T extends string>(params: URLSearchParams, name: string, values: readonly T[], what: string): T[] | null {
  const text = given(params, name);
  if (text === null) return null;
  const list = text.split(",").map((v) => v.trim()).filter(Boolean);
  const unknown = list.find((v) => !(values as readonly string[]).includes(v));
  if (unknown !== undefined) throw badParameter(name, `unknown ${what} ${shown(unknown)}`);
  return list.length ? [...new Set(list)] as T[] : null;
}

/** An optional country code (ISO 3166-1 alpha-2, or a user-assigned one such as XZ); null when not given. */
export function countryParam(params: URLSearchParams, name: string): string | null {
  const text = given(params, name);
  if (text === null) return null;
  if (!/^[A-Z]{2}$/.test(text)) throw badParameter(name, `must be a country code of two capital letters such as JP, got ${shown(text)}`);
  return text;
}

/** An optional number of days, a whole number from 0 to 36500 (the API's own bounds); null when not given. */
export function daysParam(params: URLSearchParams, name: string): number | null {
  const text = given(params, name);
  if (text === null) return null;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 36_500) throw badParameter(name, `must be a whole number of days from 0 to 36500, got ${shown(text)}`);
  return Number(text);
}

/** A required day written YYYY-MM-DD (a real calendar day). */
export function dateParam(params: URLSearchParams, name: string): string {
  const text = given(params, name);
  if (text === null) throw badParameter(name, "is required (a day, e.g. 2020-12-31)");
  if (!isIsoDate(text)) throw badParameter(name, `must be a day written YYYY-MM-DD, got ${shown(text)}`);
  return text;
}
