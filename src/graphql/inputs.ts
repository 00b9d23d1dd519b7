/**
 * Input types shared by several modules, and the checks that turn their values into query
 * parameters. Every check names the argument it rejects.
 */
import { Field, InputType, Int } from "type-graphql";
import { toNeo4jDate } from "../db/mapping";
import { isIsoDate, period, type Period } from "../domain/dates";
import { fold } from "../domain/fold";
import { badInput } from "./errors";

@InputType({ description: "Whole calendar years fromYear..toYear, inclusive: from fromYear-01-01 to toYear-12-31." })
export class PeriodInput {
  @Field(() => Int, { description: "First year of the period." })
  fromYear!: number;

  @Field(() => Int, { description: "Last year of the period (inclusive)." })
  toYear!: number;
}

/** The period an argument names, or a clear error naming the year at fault. */
export function checkPeriod(input: PeriodInput, argument: string): Period {
  const checked = period(input.fromYear, input.toYear);
  if ("problem" in checked) throw badInput(`${argument}.${checked.field}`, checked.problem);
  return checked;
}

/** A `YYYY-MM-DD` argument as a Neo4j date parameter. */
export function dateParam(value: string | null | undefined, argument: string) {
  if (value == null) return null;
  if (!isIsoDate(value)) throw badInput(argument, `must be a date written YYYY-MM-DD, got "${value}"`);
  return toNeo4jDate(value);
}

/** An ISO 3166-1 alpha-2 country code argument. */
export function countryParam(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!/^[A-Z]{2}$/.test(value)) throw badInput(argument, `must be an ISO 3166-1 alpha-2 code such as "JP", got "${value}"`);
  return value;
}

/** An empty list filter means "no filter", like an absent one. */
export function listParam<T>(values: T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? values : null;
}

/** Longest text a "contains" filter or a search takes: names and titles are short. */
const MAX_CONTAINS_LENGTH = 200;
/** Most words a name filter or a search takes: each one is one more scan of the folded names. */
const MAX_WORDS = 10;

/**
 * The words of a name filter or a search, folded as search folds names (case, diacritics, đ → d;
 * docs/analytics.md, "Search"), within bounds; possibly none.
 */
export function foldedWords(text: string, argument: string): string[] {
  if (text.length > MAX_CONTAINS_LENGTH) throw badInput(argument, `must be at most ${MAX_CONTAINS_LENGTH} characters, got ${text.length}`);
  const words = fold(text).split(/\s+/).filter((word) => word.length > 0);
  if (words.length > MAX_WORDS) throw badInput(argument, `must be at most ${MAX_WORDS} words, got ${words.length}`);
  return words;
}

/** A name filter's folded words: every one must be in the actor's name or Vietnamese name. Null when no filter is given. */
export function searchTokens(text: string | null | undefined, argument: string): string[] | null {
  if (text == null) return null;
  const words = foldedWords(text, argument);
  return words.length ? words : null;
}

/** A title filter: the text, lower-cased, must occur in the title (lower-cased). Null when none is given. */
export function containsParam(text: string | null | undefined, argument: string): string | null {
  if (text == null || text.trim() === "") return null;
  if (text.length > MAX_CONTAINS_LENGTH) throw badInput(argument, `must be at most ${MAX_CONTAINS_LENGTH} characters, got ${text.length}`);
  return text.trim().toLowerCase();
}
