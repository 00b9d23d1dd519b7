/**
 * Input types shared by several modules, and the checks that turn their values into query
 * parameters. Every check names the argument it rejects.
 */
import { Field, InputType, Int } from "type-graphql";
import { isIsoDate } from "../dataset/format";
import { toNeo4jDate } from "../db/mapping";
import { badInput } from "./errors";

@InputType({ description: "Whole calendar years fromYear..toYear, inclusive: from fromYear-01-01 to toYear-12-31." })
export class PeriodInput {
  @Field(() => Int, { description: "First year of the period." })
  fromYear!: number;

  @Field(() => Int, { description: "Last year of the period (inclusive)." })
  toYear!: number;
}

export interface PeriodBounds {
  fromYear: number;
  toYear: number;
  /** `fromYear-01-01` */
  start: string;
  /** `toYear-12-31` (SPEC: asOf) */
  end: string;
}

export function checkPeriod(period: PeriodInput, argument: string): PeriodBounds {
  const { fromYear, toYear } = period;
  for (const [name, year] of [["fromYear", fromYear], ["toYear", toYear]] as const) {
    if (year < 1900 || year > 2200) throw badInput(`${argument}.${name}`, `must be a year between 1900 and 2200, got ${year}`);
  }
  if (toYear < fromYear) throw badInput(`${argument}.toYear`, `must not be before fromYear (${fromYear}), got ${toYear}`);
  return { fromYear, toYear, start: `${fromYear}-01-01`, end: `${toYear}-12-31` };
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
