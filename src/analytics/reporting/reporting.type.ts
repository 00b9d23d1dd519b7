import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../../modules/actors/actor.type";
import { LocalDate } from "../../graphql/scalars";

export const ReportStatus = { ON_TIME: "ON_TIME", LATE: "LATE", MISSING: "MISSING" } as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];

registerEnumType(ReportStatus, {
  name: "ReportStatus",
  description: "Whether a unit reported for a plan and year: on or before the deadline, only after it, or not at all.",
  valuesConfig: {
    ON_TIME: { description: "A report was submitted on or before the deadline." },
    LATE: { description: "Reports were submitted, but only after the deadline." },
    MISSING: { description: "No report was submitted." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One unit's yearly reporting duty under a plan." })
export class ReportingStatus {
  @Field(() => Actor, { description: "The domestic unit, assigned to at least one task of the plan." })
  unit!: Actor;

  @Field(() => ReportStatus, { description: "ON_TIME, LATE or MISSING." })
  status!: ReportStatus;

  @Field(() => LocalDate, { nullable: true, description: "Date of the unit's first report for the plan and year (YYYY-MM-DD); null when MISSING." })
  submittedOn!: string | null;

  @Field(() => LocalDate, { description: "The deadline that applied: the year with the plan's report deadline (YYYY-MM-DD)." })
  deadline!: string;
}
