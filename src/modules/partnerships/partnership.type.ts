import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Plain } from "../../db/mapping";
import { NO_ITEMS, list, optNumber, optText, text } from "../common/row";
import { Engagement } from "../engagement.type";
import { Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
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
function renewalsOf(renewedOn: Plain, renewalExpiresOn: Plain): Renewal[] {
  const on = list(renewedOn);
  if (on.length === 0) return NO_ITEMS as never[];
  const until = list(renewalExpiresOn);
  return on
    .map((date, i) => ({ renewedOn: date, expiresOn: until[i] }))
    .sort((a, b) => (a.renewedOn === b.renewedOn ? a.expiresOn.localeCompare(b.expiresOn) : a.renewedOn.localeCompare(b.renewedOn)));
}

/** The last day of the agreement's term, renewals included (domain/agreements.ts). */
function expiryFrom(signedOn: Plain, expiresOn: Plain, termYears: Plain, renewedOn: Plain, renewalExpiresOn: Plain): string | null {
  if (signedOn == null) return null;
  return expiryOf({ signedOn: text(signedOn), expiresOn: optText(expiresOn), termYears: optNumber(termYears), renewals: renewalsOf(renewedOn, renewalExpiresOn) });
}

/** What each Partnership field reads and how its value is computed (see graphql/read/entity.ts). */
export const partnershipType = recordType<Partnership>("Partnership", {
  id: computed("id", text), kind: computed("kind", text), title: computed("title", text), titleVi: computed("titleVi", optText),
  documentNumber: computed("documentNumber", optText), signedOn: computed("signedOn", text), endedOn: computed("endedOn", optText),
  sectors: computed("sectors", list),
  expiresOn: computed(["signedOn", "expiresOn", "termYears", "renewedOn", "renewalExpiresOn"], expiryFrom),
  termYears: computed("termYears", optNumber), renewals: computed(["renewedOn", "renewalExpiresOn"], renewalsOf),
  reportedOn: computed("reportedOn", optText),
  domesticParties: resolved(), foreignParties: resolved(), reviews: resolved(), activities: resolved(), projects: resolved(), commitments: resolved(),
}, ["signedOn", "endedOn", "expiresOn", "reportedOn"], { named: true });
