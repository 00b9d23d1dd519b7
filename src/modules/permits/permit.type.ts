import { Field, ID, ObjectType } from "type-graphql";
import { list, optText, text } from "../common/row";
import { PermitKind, Sector } from "../../domain/enums";
import { Stamped, Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
import { LocalDate } from "../../graphql/scalars";

@Versioned()
@ObjectType({
  simpleResolvers: true,
  description:
    "A permit under which a foreign NGO works in the province (operation registration, project office or " +
    "representative office): valid from `issuedOn` through `expiresOn`, or open-ended.",
})
export class Permit extends Stamped {
  @Field(() => ID, { description: "Unique id." })
  id!: string;

  @Field(() => PermitKind, { description: "Kind of permit." })
  kind!: PermitKind;

  @Field(() => String, { description: "Permit number as issued." })
  number!: string;

  @Field(() => LocalDate, { description: "Date issued (YYYY-MM-DD); the first day it is valid." })
  issuedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day it is valid (YYYY-MM-DD); null when open-ended." })
  expiresOn!: string | null;

  @Field(() => [Sector], { description: "Fields of work the permit allows." })
  sectors!: Sector[];
}

/** What each Permit field reads and how its value is computed (see graphql/read/entity.ts). */
export const permitType = recordType<Permit>("Permit", {
  id: computed("id", text), kind: computed("kind", text), number: computed("number", text), issuedOn: computed("issuedOn", text),
  expiresOn: computed("expiresOn", optText), sectors: computed("sectors", list),
  holder: resolved(),
}, ["issuedOn", "expiresOn"]);
