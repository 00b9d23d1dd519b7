import { Field, ID, ObjectType } from "type-graphql";
import type { Plain } from "../../db/mapping";
import { optText, text } from "../common/row";
import { Stamped, Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
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

/** An actor's contact, when some part of it is known. */
function contactOf(name: Plain, email: Plain, phone: Plain): Contact | null {
  const contact = { name: optText(name), email: optText(email), phone: optText(phone) };
  return contact.name || contact.email || contact.phone ? contact : null;
}

/** What each Actor field reads and how its value is computed (see graphql/read/entity.ts). */
export const actorType = recordType<Actor>("Actor", {
  id: computed("id", text), kind: computed("kind", text), side: computed("side", text), name: computed("name", text),
  nameVi: computed("nameVi", optText), countryCode: computed("country", text),
  // Its resolver finds the country by the actor's `countryCode`, computed from the same property.
  country: resolved("country"),
  level: computed("level", optText), validFrom: computed("validFrom", optText), validTo: computed("validTo", optText),
  website: computed("website", optText), contact: computed(["contactName", "contactEmail", "contactPhone"], contactOf),
  parent: resolved(), children: resolved(), successors: resolved(), predecessors: resolved(), partnerships: resolved(),
  memberships: resolved(), members: resolved(), permits: resolved(), activities: resolved(), projects: resolved(),
}, ["validFrom", "validTo"]);
