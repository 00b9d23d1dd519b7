import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { AGREEMENT_STATUSES, REPORT_COMPLIANCES, type AgreementStatus, type ReportCompliance } from "../../domain/agreements";
import { CommitmentKind, enumObject } from "../../domain/enums";
import { Partnership } from "../../modules/partnerships/partnership.type";
import { LocalDate, NonNegativeFloat } from "../../graphql/scalars";

export const AgreementStatusEnum = enumObject(AGREEMENT_STATUSES);
registerEnumType(AgreementStatusEnum, {
  name: "AgreementStatus",
  description: "Where an agreement stands on a day (asOf); the first that holds, in this order.",
  valuesConfig: {
    NOT_SIGNED: { description: "Signed after asOf." },
    ENDED: { description: "Ended on or before asOf." },
    EXPIRED: { description: "Its expiry is before asOf." },
    EXPIRING: { description: "It expires between asOf and asOf + expiringWithinDays, both included." },
    ACTIVE: { description: "None of the above: in force, not expiring soon (or open-ended)." },
  },
});

export const ReportComplianceEnum = enumObject(REPORT_COMPLIANCES);
registerEnumType(ReportComplianceEnum, {
  name: "ReportCompliance",
  description: "Whether a signed agreement was reported to the central authority in time: due reportDueDays after signing; only a report dated on or before asOf counts.",
  valuesConfig: {
    ON_TIME: { description: "Reported on or before the due date." },
    LATE: { description: "Reported after the due date." },
    MISSING: { description: "Not reported, and the due date is before asOf." },
    PENDING: { description: "Not reported yet, and the due date is asOf or later." },
  },
});

@ObjectType({ simpleResolvers: true, description: "How far a partnership kept one of its quantified commitments over the period." })
export class CommitmentFulfilment {
  @Field(() => ID, { description: "The commitment's id." })
  id!: string;

  @Field(() => String, { description: "What was promised, in words." })
  description!: string;

  @Field(() => CommitmentKind, { description: "ACTIVITIES (a number of activities) or FUNDS_USD (an amount in US dollars)." })
  kind!: CommitmentKind;

  @Field(() => NonNegativeFloat, { description: "The target, times the period's years when it is per year." })
  expected!: number;

  @Field(() => Float, {
    description: "ACTIVITIES: the partnership's activities dated in the period (of the commitment's activity kinds, when it names some). FUNDS_USD: its fundsMobilizedUsd as in partnershipEffectiveness.",
  })
  actual!: number;

  @Field(() => NonNegativeFloat, { description: "actual / expected, to 3 decimals." })
  ratio!: number;

  @Field(() => Boolean, { description: "actual >= expected." })
  met!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One agreement's review: its expiry, status, reporting and commitments." })
export class AgreementReview {
  @Field(() => Partnership, { description: "The partnership the agreement set up." })
  partnership!: Partnership;

  @Field(() => LocalDate, { nullable: true, description: "Its expiry (YYYY-MM-DD): the latest renewal's, else its own expiresOn, else signedOn plus termYears; null when open-ended." })
  expiresOn!: string | null;

  @Field(() => AgreementStatusEnum, { description: "Its status at the end of the period." })
  status!: AgreementStatus;

  @Field(() => ReportComplianceEnum, { description: "Whether it was reported to the central authority in time." })
  reportStatus!: ReportCompliance;

  @Field(() => [CommitmentFulfilment], { description: "Its commitments, in the order the dataset lists them." })
  commitments!: CommitmentFulfilment[];
}
