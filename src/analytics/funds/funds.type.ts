import { Field, ObjectType } from "type-graphql";
import { FundingType } from "../../domain/enums";
import { Money } from "../../modules/common/money.type";
import { NonNegativeFloat } from "../../graphql/scalars";

@ObjectType({ simpleResolvers: true, description: "Funds mobilised under one funding type." })
export class FundsByType {
  @Field(() => FundingType, { nullable: true, description: "The projects' funding type; null for the funds of activities, which have none." })
  fundingType!: FundingType | null;

  @Field(() => NonNegativeFloat, { description: "In US dollars, converted at the rate of each amount's year." })
  usd!: number;

  @Field(() => [Money], { description: "Amounts with no exchange rate for their year, per currency." })
  unconvertedFunds!: Money[];
}

@ObjectType({ simpleResolvers: true, description: "Funds mobilised over a period, in total and by funding type." })
export class FundsMobilized {
  @Field(() => NonNegativeFloat, { description: "Every amount once, in US dollars: for the whole province, partnerCoverage's totals.fundsMobilizedUsd." })
  totalUsd!: number;

  @Field(() => [Money], { description: "Amounts with no exchange rate for their year, per currency." })
  unconvertedFunds!: Money[];

  @Field(() => [FundsByType], { description: "By funding type: activities' funds first (null), then FundingType order; types without funds left out." })
  byFundingType!: FundsByType[];
}
