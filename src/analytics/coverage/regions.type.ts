import { Field, ObjectType } from "type-graphql";
import { Region } from "../../domain/enums";
import { Money } from "../../modules/common/money.type";
import { Country } from "../../modules/countries/country.type";
import { NonNegativeFloat, NonNegativeInt } from "../../graphql/scalars";

@ObjectType({ simpleResolvers: true, description: "One region's row of the coverage report: the country columns with \"involves a country\" read as \"involves a country of the region\", nothing counted twice inside the region." })
export class RegionCoverage {
  @Field(() => Region, { description: "The region." })
  region!: Region;

  @Field(() => NonNegativeInt, { description: "Partners (FOREIGN actors, of the kinds asked for) of the region's countries, any time." })
  partners!: number;

  @Field(() => NonNegativeInt, { description: "Partnerships in force during the period with a foreign party of the region." })
  partnershipsInForce!: number;

  @Field(() => NonNegativeInt, { description: "Activities dated in the period that involve a country of the region." })
  activities!: number;

  @Field(() => NonNegativeInt, { description: "Projects active during the period funded by a partner of the region." })
  projects!: number;

  @Field(() => NonNegativeFloat, { description: "Funds mobilised by those activities and projects, each amount once, in USD." })
  fundsMobilizedUsd!: number;

  @Field(() => [Money], { description: "Amounts with no exchange rate for their year, per currency." })
  unconvertedFunds!: Money[];

  @Field(() => NonNegativeInt, { description: "Countries of the region with at least one partner." })
  countriesWithPartners!: number;

  @Field(() => [Country], { description: "The plan's priority countries of the region without a partner; by code (empty without planId)." })
  priorityCountriesWithout!: Country[];
}
