import { Field, ID, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { optStr, str, strList } from "../common/row";
import { Engagement } from "../engagement.type";
import { type Own, Versioned, recordType } from "../common/stamp";
import { PartnershipKind, Sector } from "../../domain/enums";
import { LocalDate } from "../../graphql/scalars";

@Versioned()
@ObjectType({
  simpleResolvers: true,
  implements: Engagement,
  description:
    "A relation between one or more domestic and one or more foreign actors: a sister-locality agreement, " +
    "friendship, cooperation agreement, aid programme or investment.",
})
export class Partnership extends Engagement {
  @Field(() => PartnershipKind, { description: "Kind of partnership." })
  kind!: PartnershipKind;

  @Field(() => String, { description: "Title of the agreement." })
  title!: string;

  @Field(() => LocalDate, { description: "Signing date (YYYY-MM-DD)." })
  signedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: "End date (YYYY-MM-DD); null while it runs." })
  endedOn!: string | null;

  @Field(() => [Sector], { description: "Fields of cooperation." })
  sectors!: Sector[];

  __typename!: "Partnership";
}

export function toPartnership(row: Row): Own<Partnership> {
  return {
    __typename: "Partnership",
    id: str(row, "id"),
    kind: str(row, "kind") as PartnershipKind,
    title: str(row, "title"),
    signedOn: str(row, "signedOn"),
    endedOn: optStr(row, "endedOn"),
    sectors: strList<Sector>(row, "sectors"),
  };
}

/** The stored properties each Partnership field reads and how its rows are read (see graphql/read/entity.ts). */
export const partnershipType = recordType("Partnership", {
  id: ["id"], kind: ["kind"], title: ["title"], signedOn: ["signedOn"], endedOn: ["endedOn"], sectors: ["sectors"],
  domesticParties: [], foreignParties: [], reviews: [], activities: [], projects: [],
}, ["signedOn", "endedOn"], toPartnership);
