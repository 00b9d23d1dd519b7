import { Field, ObjectType, registerEnumType } from "type-graphql";
import { enumObject } from "../../domain/enums";
import { PERMIT_STATUSES, type PermitStatus } from "../../domain/permits";
import { Activity } from "../../modules/activities/activity.type";
import { Actor } from "../../modules/actors/actor.type";
import { Project } from "../../modules/projects/project.type";
import { LocalDate } from "../../graphql/scalars";

export const PermitStatusEnum = enumObject(PERMIT_STATUSES);
registerEnumType(PermitStatusEnum, {
  name: "PermitStatus",
  description: "A foreign NGO's permits on a day (asOf).",
  valuesConfig: {
    VALID: { description: "A permit valid at asOf is open-ended or expires after asOf + expiringWithinDays." },
    EXPIRING: { description: "Permits are valid at asOf, and every one of them expires within the window." },
    EXPIRED: { description: "It has permits, none valid at asOf." },
    NONE: { description: "It has no permit." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A foreign NGO's permits at a date, and its engagements that no permit covered." })
export class NgoPermitStatus {
  @Field(() => Actor, { description: "The NGO (a FOREIGN actor of kind NGO)." })
  actor!: Actor;

  @Field(() => PermitStatusEnum, { description: "VALID, EXPIRING, EXPIRED or NONE at asOf." })
  status!: PermitStatus;

  @Field(() => LocalDate, { nullable: true, description: "The latest expiresOn of the permits valid at asOf (YYYY-MM-DD); null when none is valid or one is open-ended." })
  validUntil!: string | null;

  @Field(() => [Activity], { description: "Activities dated on or before asOf where it is a partner, on a day no permit of it was valid; by id." })
  uncoveredActivities!: Activity[];

  @Field(() => [Project], { description: "Projects it funds or implements, started on or before asOf, on a day no permit of it was valid; by id." })
  uncoveredProjects!: Project[];
}
