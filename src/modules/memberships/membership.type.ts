import { Field, ID, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { optStr, str } from "../common/row";
import { Engagement } from "../engagement.type";
import { type Own, Versioned, recordType } from "../common/stamp";
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

export function toMembership(row: Row): Own<Membership> {
  return {
    __typename: "Membership",
    id: str(row, "id"),
    role: optStr(row, "role"),
    since: optStr(row, "since"),
    until: optStr(row, "until"),
  };
}

/** The stored properties each Membership field reads, and how its rows are read (see graphql/read/entity.ts). */
export const membershipType = recordType("Membership", {
  id: ["id"], role: ["role"], since: ["since"], until: ["until"], member: [], organization: [],
}, ["since", "until"], toMembership);
