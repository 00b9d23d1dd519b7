import { Field, ID, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { optStr, str, strList } from "../common/row";
import { PermitKind, Sector } from "../../domain/enums";
import { type Own, Stamped, Versioned, recordType } from "../common/stamp";
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

export function toPermit(row: Row): Own<Permit> {
  return {
    id: str(row, "id"),
    kind: str(row, "kind") as PermitKind,
    number: str(row, "number"),
    issuedOn: str(row, "issuedOn"),
    expiresOn: optStr(row, "expiresOn"),
    sectors: strList<Sector>(row, "sectors"),
  };
}

/** The stored properties each Permit field reads, and how its rows are read (see graphql/read/entity.ts). */
export const permitType = recordType("Permit", {
  id: ["id"], kind: ["kind"], number: ["number"], issuedOn: ["issuedOn"], expiresOn: ["expiresOn"], sectors: ["sectors"],
  holder: [],
}, ["issuedOn", "expiresOn"], toPermit);
