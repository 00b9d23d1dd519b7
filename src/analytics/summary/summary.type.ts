import { Field, Float, Int, ObjectType } from "type-graphql";
import { ActivityKind, FundingType } from "../../domain/enums";
import { Money } from "../../modules/common/money.type";
import { Country } from "../../modules/countries/country.type";

@ObjectType({ simpleResolvers: true, description: "How many activities of one kind involved one country." })
export class ActivityCount {
  @Field(() => ActivityKind, { description: "The kind of activity (DELEGATION_IN and DELEGATION_OUT are counted apart)." })
  kind!: ActivityKind;

  @Field(() => Country, { nullable: true, description: "A country the activities involve (a partner of it took part); null for activities with no foreign partner." })
  country!: Country | null;

  @Field(() => Int, { description: "Activities of the kind, dated in the period, involving the country. An activity with partners of two countries counts in both rows." })
  activities!: number;
}

@ObjectType({ simpleResolvers: true, description: "Funds mobilised under one funding type." })
export class FundsByType {
  @Field(() => FundingType, { nullable: true, description: "The projects' funding type; null for the funds of activities, which have none." })
  fundingType!: FundingType | null;

  @Field(() => Float, { description: "In US dollars, converted at the rate of each amount's year." })
  usd!: number;

  @Field(() => [Money], { description: "Amounts with no exchange rate for their year, per currency." })
  unconvertedFunds!: Money[];
}

@ObjectType({ simpleResolvers: true, description: "Funds mobilised over a period, in total and by funding type." })
export class FundsMobilized {
  @Field(() => Float, { description: "Every amount once, in US dollars: for the whole province, partnerCoverage's totals.fundsMobilizedUsd." })
  totalUsd!: number;

  @Field(() => [Money], { description: "Amounts with no exchange rate for their year, per currency." })
  unconvertedFunds!: Money[];

  @Field(() => [FundsByType], { description: "By funding type: activities' funds first (null), then FundingType order; types without funds left out." })
  byFundingType!: FundsByType[];
}
