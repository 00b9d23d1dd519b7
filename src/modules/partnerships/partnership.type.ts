import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { NO_ITEMS, num, optStr, str, strList } from "../common/row";
import { Engagement } from "../engagement.type";
import { type Own, Versioned, recordType } from "../common/stamp";
import { PartnershipKind, Sector } from "../../domain/enums";
import { LocalDate } from "../../graphql/scalars";
import { expiryOf } from "../../domain/agreements";

@ObjectType({ simpleResolvers: true, description: "A renewal of an agreement: when it was renewed and until when." })
export class Renewal {
  @Field(() => LocalDate, { description: "Date of the renewal (YYYY-MM-DD)." })
  renewedOn!: string;

  @Field(() => LocalDate, { description: "Last day of the renewed term (YYYY-MM-DD)." })
  expiresOn!: string;
}

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

  @Field(() => String, { nullable: true, description: "Title in Vietnamese, when recorded." })
  titleVi!: string | null;

  @Field(() => String, { nullable: true, description: "Number of the signed agreement document, when recorded." })
  documentNumber!: string | null;

  @Field(() => LocalDate, { description: "Signing date (YYYY-MM-DD)." })
  signedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: "End date (YYYY-MM-DD); null while it runs." })
  endedOn!: string | null;

  @Field(() => [Sector], { description: "Fields of cooperation." })
  sectors!: Sector[];

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "When the agreement expires (YYYY-MM-DD), computed: the expiry of its latest renewal (greatest `renewedOn`), " +
      "else the expiry date it was signed with, else `signedOn` plus `termYears` calendar years (29 February lands " +
      "on 28 February in a common year); null when open-ended.",
  })
  expiresOn!: string | null;

  @Field(() => Int, { nullable: true, description: "Term in years the agreement was signed for, when given instead of an expiry date." })
  termYears!: number | null;

  @Field(() => [Renewal], { description: "Renewals of the agreement, by `renewedOn` (ties by expiry)." })
  renewals!: Renewal[];

  @Field(() => LocalDate, { nullable: true, description: "When the signed agreement was reported to the central authority (YYYY-MM-DD), if it was." })
  reportedOn!: string | null;

  __typename!: "Partnership";
}

/** The renewals stored as two parallel date lists (`renewedOn[i]`, `renewalExpiresOn[i]`), by renewal date. */
function renewalsOf(row: Row): Renewal[] {
  const on = strList(row, "renewedOn");
  if (on.length === 0) return NO_ITEMS as never[];
  const until = strList(row, "renewalExpiresOn");
  return on
    .map((renewedOn, i) => ({ renewedOn, expiresOn: until[i] }))
    .sort((a, b) => (a.renewedOn === b.renewedOn ? a.expiresOn.localeCompare(b.expiresOn) : a.renewedOn.localeCompare(b.renewedOn)));
}

export function toPartnership(row: Row): Own<Partnership> {
  const termYears = row.termYears == null ? null : num(row, "termYears");
  const renewals = renewalsOf(row);
  const signedOn = str(row, "signedOn");
  return {
    __typename: "Partnership",
    id: str(row, "id"),
    kind: str(row, "kind") as PartnershipKind,
    title: str(row, "title"),
    titleVi: optStr(row, "titleVi"),
    documentNumber: optStr(row, "documentNumber"),
    signedOn,
    endedOn: optStr(row, "endedOn"),
    sectors: strList<Sector>(row, "sectors"),
    // Only meaningful when the request selected `expiresOn` (its stored inputs are then all read).
    expiresOn: row.signedOn == null ? null : expiryOf({ signedOn, expiresOn: optStr(row, "expiresOn"), termYears, renewals }),
    termYears,
    renewals,
    reportedOn: optStr(row, "reportedOn"),
  };
}

/** The stored properties each Partnership field reads and how its rows are read (see graphql/read/entity.ts). */
export const partnershipType = recordType("Partnership", {
  id: ["id"], kind: ["kind"], title: ["title"], titleVi: ["titleVi"], documentNumber: ["documentNumber"],
  signedOn: ["signedOn"], endedOn: ["endedOn"], sectors: ["sectors"],
  expiresOn: ["signedOn", "expiresOn", "termYears", "renewedOn", "renewalExpiresOn"], termYears: ["termYears"],
  renewals: ["renewedOn", "renewalExpiresOn"], reportedOn: ["reportedOn"],
  domesticParties: [], foreignParties: [], reviews: [], activities: [], projects: [], commitments: [],
}, ["signedOn", "endedOn", "expiresOn", "reportedOn"], toPartnership);
