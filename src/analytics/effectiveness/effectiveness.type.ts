import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../../modules/common/money.type";
import { Partnership } from "../../modules/partnerships/partnership.type";
import { Review } from "../../modules/reviews/review.type";
import { LocalDate, NonNegativeFloat, NonNegativeInt } from "../../graphql/scalars";

export const EffectivenessFlag = { DORMANT: "DORMANT", UNREVIEWED: "UNREVIEWED", ENDED: "ENDED", NEW: "NEW" } as const;
export type EffectivenessFlag = (typeof EffectivenessFlag)[keyof typeof EffectivenessFlag];

registerEnumType(EffectivenessFlag, {
  name: "EffectivenessFlag",
  description: "Something a planner should notice about a partnership in the period.",
  valuesConfig: {
    DORMANT: { description: "In force at the end of the period, with nothing since signing or since the last activity for longer than dormantAfterDays." },
    UNREVIEWED: { description: "No review for a year of the period." },
    ENDED: { description: "Ended on or before the last day of the period." },
    NEW: { description: "Signed during the period." },
  },
});

@ObjectType({ simpleResolvers: true, description: "How much one partnership yielded over a period, and a score for it." })
export class PartnershipEffectiveness {
  @Field(() => Partnership, { description: "The partnership (in force during the period)." })
  partnership!: Partnership;

  @Field(() => NonNegativeInt, { description: "Activities under the partnership dated in the period." })
  activities!: number;

  @Field(() => NonNegativeFloat, { description: "activities divided by the number of years in the period." })
  activitiesPerYear!: number;

  @Field(() => NonNegativeInt, { description: "How many distinct kinds of activity those were." })
  activityKinds!: number;

  @Field(() => NonNegativeInt, { description: "Projects under the partnership active during the period." })
  projects!: number;

  @Field(() => NonNegativeInt, { description: "Of those, projects COMPLETED with an end date in the period." })
  projectsCompleted!: number;

  @Field(() => Float, {
    description:
      "Funds of its activities dated in the period plus commitments of its projects started in the period " +
      "(not CANCELLED or PIPELINE), in USD at the rate of each event's year, rounded to cents.",
  })
  fundsMobilizedUsd!: number;

  @Field(() => [Money], { description: "Amounts of those funds with no exchange rate for their year, summed per currency." })
  unconvertedFunds!: Money[];

  @Field(() => LocalDate, { nullable: true, description: "Date of its latest activity on or before the end of the period, any year (YYYY-MM-DD)." })
  lastActivityOn!: string | null;

  @Field(() => NonNegativeInt, { nullable: true, description: "Days from lastActivityOn to the last day of the period; null without activity." })
  daysSinceLastActivity!: number | null;

  @Field(() => Boolean, {
    description: "In force at the end of the period, and the later of its last activity and its signing lies more than dormantAfterDays before that day.",
  })
  dormant!: boolean;

  @Field(() => Review, { nullable: true, description: "The review with the greatest year up to the period's last year; ties go to the later reviewedOn." })
  latestReview!: Review | null;

  @Field(() => Float, {
    description:
      "0..100, one decimal: 100 × (0.4·A + 0.3·F + 0.3·R) with A = min(1, activitiesPerYear / targetActivitiesPerYear), " +
      "F = min(1, fundsMobilizedUsd / targetFundsUsd), R = (latestReview.score − 1) / 4 when that review's year is in the period, else 0.",
  })
  score!: number;

  @Field(() => [EffectivenessFlag], { description: "Flags in the order DORMANT, UNREVIEWED, ENDED, NEW." })
  flags!: EffectivenessFlag[];
}
