import { Field, ObjectType } from "type-graphql";
import { Sector } from "../../domain/enums";
import { Money } from "../../modules/common/money.type";
import { NonNegativeFloat, NonNegativeInt } from "../../graphql/scalars";

@ObjectType({ simpleResolvers: true, description: "What one sector holds over a period: the items carrying it and the funds they mobilised." })
export class SectorSummary {
  @Field(() => Sector, { description: "The sector." })
  sector!: Sector;

  @Field(() => NonNegativeInt, { description: "Partnerships carrying the sector, in force during the period." })
  partnershipsInForce!: number;

  @Field(() => NonNegativeInt, { description: "Activities carrying the sector, dated in the period." })
  activities!: number;

  @Field(() => NonNegativeInt, { description: "Projects carrying the sector, active during the period." })
  projects!: number;

  @Field(() => NonNegativeFloat, { description: "Funds those activities mobilised plus the committed amounts of those projects started in the period, in USD (as partnerCoverage converts them)." })
  fundsMobilizedUsd!: number;

  @Field(() => [Money], { description: "Amounts with no exchange rate for their year, left out of fundsMobilizedUsd, per currency." })
  unconvertedFunds!: Money[];
}
