import { Field, ID, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { optStr, str } from "../common/row";
import { type Own, Stamped, Versioned, recordType } from "../common/stamp";
import { ActorKind, LocalityLevel, Side } from "../../domain/enums";
import { LocalDate } from "../../graphql/scalars";

@ObjectType({ simpleResolvers: true, description: "How to reach an actor." })
export class Contact {
  @Field(() => String, { nullable: true, description: "Contact person." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Telephone number." })
  phone!: string | null;
}

@Versioned()
@ObjectType({
  simpleResolvers: true,
  description:
    "Anything that takes part in the network: the province, its districts and agencies, national bodies (DOMESTIC), " +
    "or a foreign partner (FOREIGN): sister localities, NGOs, international organisations, missions, overseas Vietnamese associations…",
})
export class Actor extends Stamped {
  @Field(() => ID, { description: "Unique id." })
  id!: string;

  @Field(() => ActorKind, { description: "What kind of body this is." })
  kind!: ActorKind;

  @Field(() => Side, { description: "DOMESTIC or FOREIGN; a FOREIGN actor is a partner." })
  side!: Side;

  @Field(() => String, { description: "Name in English or in the actor's own language." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Name in Vietnamese." })
  nameVi!: string | null;

  @Field(() => String, { description: "ISO 3166-1 alpha-2 code of the country the actor belongs to or represents." })
  countryCode!: string;

  @Field(() => LocalityLevel, { nullable: true, description: "Administrative level, for localities." })
  level!: LocalityLevel | null;

  @Field(() => LocalDate, { nullable: true, description: "First day the actor exists (YYYY-MM-DD), if known." })
  validFrom!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day the actor exists (YYYY-MM-DD), e.g. before a merger." })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: "Web site." })
  website!: string | null;

  // Resolved by ActorResolver.contact: shown by role.
  contact!: Contact | null;
}

export function toActor(row: Row): Own<Actor> {
  const contact = { name: optStr(row, "contactName"), email: optStr(row, "contactEmail"), phone: optStr(row, "contactPhone") };
  return {
    id: str(row, "id"),
    kind: str(row, "kind") as ActorKind,
    side: str(row, "side") as Side,
    name: str(row, "name"),
    nameVi: optStr(row, "nameVi"),
    countryCode: str(row, "country"),
    level: optStr(row, "level") as LocalityLevel | null,
    validFrom: optStr(row, "validFrom"),
    validTo: optStr(row, "validTo"),
    website: optStr(row, "website"),
    contact: contact.name || contact.email || contact.phone ? contact : null,
  };
}

/** The stored properties each Actor field reads and how its rows are read (see graphql/read/entity.ts). */
export const actorType = recordType("Actor", {
  id: ["id"], kind: ["kind"], side: ["side"], name: ["name"], nameVi: ["nameVi"], countryCode: ["country"], country: ["country"],
  level: ["level"], validFrom: ["validFrom"], validTo: ["validTo"], website: ["website"],
  contact: ["contactName", "contactEmail", "contactPhone"],
  parent: [], children: [], successors: [], predecessors: [], partnerships: [], memberships: [], members: [], permits: [], activities: [], projects: [],
}, ["validFrom", "validTo"], toActor);
