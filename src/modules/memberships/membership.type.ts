import { Field, ID, ObjectType } from "type-graphql";
import { optText, text } from "../common/row";
import { Engagement } from "../engagement.type";
import { Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
import { LocalDate } from "../../graphql/scalars";

@Versioned()
@ObjectType({
  simpleResolvers: true,
  implements: Engagement,
  description: "An actor's membership of an organisation, e.g. an association in the provincial union of friendship organisations.",
})
export class Membership extends Engagement {
  @Field(() => String, { nullable: true, description: "Role in the organisation." })
  role!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Member since (YYYY-MM-DD)." })
  since!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Member until (YYYY-MM-DD)." })
  until!: string | null;

  __typename!: "Membership";
}

/** What each Membership field reads and how its value is computed (see graphql/read/entity.ts). */
export const membershipType = recordType<Membership>("Membership", {
  id: computed("id", text), role: computed("role", optText), since: computed("since", optText), until: computed("until", optText),
  member: resolved(), organization: resolved(),
}, ["since", "until"], { named: true });
