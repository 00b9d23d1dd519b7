import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../../modules/common/money.type";
import { Country } from "../../modules/countries/country.type";
import { Cost } from "../../graphql/limits/cost";
import { ActorKind } from "../../domain/enums";
import { LocalDate, NonNegativeFloat, NonNegativeInt } from "../../graphql/scalars";

export const CoverageStatus = { NONE: "NONE", INACTIVE: "INACTIVE", ACTIVE: "ACTIVE" } as const;
export type CoverageStatus = (typeof CoverageStatus)[keyof typeof CoverageStatus];

registerEnumType(CoverageStatus, {
  name: "CoverageStatus",
  description: "How well a country is covered by the partner network in the period.",
  valuesConfig: {
    NONE: { description: "No partner of the country (of the kinds asked for)." },
    INACTIVE: { description: "Partners, but no partnership in force and no activity in the period." },
    ACTIVE: { description: "A partnership in force or an activity in the period." },
  },
});

@ObjectType({ simpleResolvers: true, description: "How many partners of one kind." })
export class KindCount {
  @Field(() => ActorKind, { description: "The kind of partner." })
  kind!: ActorKind;

  @Field(() => NonNegativeInt, { description: "How many partners of that kind." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "One country's row of the coverage report." })
export class CountryCoverage {
  @Field(() => Country, { description: "The country." })
  country!: Country;

  @Field(() => NonNegativeInt, { description: "Partners (FOREIGN actors) of the country, any time, of the kinds asked for." })
  partners!: number;

  @Field(() => [KindCount], { description: "partners split by kind; kinds with no partner are left out, in ActorKind order." })
  partnersByKind!: KindCount[];

  @Field(() => Int, {
    description: "Distinct partners of the country that are a foreign party of a partnership in force during the period or a partner of an activity dated in it.",
  })
  activePartners!: number;

  @Field(() => NonNegativeInt, { description: "Partnerships in force during the period with at least one foreign party of the country." })
  partnershipsInForce!: number;

  @Field(() => NonNegativeInt, { description: "Of those, the SISTER_LOCALITY partnerships." })
  sisterLocalities!: number;

  @Field(() => NonNegativeInt, { description: "Activities dated in the period with at least one partner of the country." })
  activities!: number;

  @Field(() => NonNegativeInt, { description: "Projects active during the period with at least one foreign funder of the country." })
  projects!: number;

  @Field(() => Float, {
    description:
      "Funds of those activities (dated in the period) and commitments of those projects started in the period (not CANCELLED or PIPELINE), " +
      "in USD at the rate of each event's year, rounded to cents. An amount involving several countries counts in full in each row.",
  })
  fundsMobilizedUsd!: number;

  @Field(() => [Money], { description: "Amounts of those funds with no exchange rate for their year, summed per currency." })
  unconvertedFunds!: Money[];

  @Field(() => LocalDate, { nullable: true, description: "Date of the latest activity involving the country on or before the end of the period, any year (YYYY-MM-DD)." })
  lastActivityOn!: string | null;

  @Field(() => Boolean, { description: "The country is in the plan's priority list (false without planId)." })
  priority!: boolean;

  @Field(() => CoverageStatus, { description: "NONE without partners; INACTIVE without partnerships in force or activities; else ACTIVE." })
  status!: CoverageStatus;
}

@ObjectType({ simpleResolvers: true, description: "The coverage report's columns over all countries, each partnership, activity, project and amount counted once." })
export class CoverageTotals {
  @Field(() => NonNegativeInt, { description: "Partners of the kinds asked for." })
  partners!: number;

  @Field(() => NonNegativeInt, { description: "Distinct partnerships in force during the period with a foreign party of those kinds." })
  partnershipsInForce!: number;

  @Field(() => NonNegativeInt, { description: "Distinct activities dated in the period with a partner of those kinds." })
  activities!: number;

  @Field(() => NonNegativeInt, { description: "Distinct projects active during the period with a foreign funder of those kinds." })
  projects!: number;

  @Field(() => NonNegativeFloat, { description: "Funds mobilised in USD, each amount once, rounded to cents." })
  fundsMobilizedUsd!: number;

  @Field(() => [Money], { description: "Amounts with no exchange rate, each once, summed per currency." })
  unconvertedFunds!: Money[];
}

@ObjectType({ simpleResolvers: true, description: "Partner coverage by country over a period." })
export class CoverageReport {
  @Cost({ listSize: 250 })
  @Field(() => [CountryCoverage], { description: "One row per country with a partner, plus the plan's priority countries; ordered by country code." })
  rows!: CountryCoverage[];

  @Field(() => CoverageTotals, { description: "The columns over all rows, without double counting." })
  totals!: CoverageTotals;

  /** The arguments the report answers (not a field: the `regions` field resolver reads them). */
  question!: CoverageQuestion;
}

/** partnerCoverage's arguments. */
export interface CoverageQuestion {
  period: { fromYear: number; toYear: number };
  planId?: string | null;
  kinds?: ActorKind[] | null;
}
