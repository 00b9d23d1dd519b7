/**
 * The GraphQL inputs of the writes, typed from the dataset records (docs/dataset-format.md): the
 * same field names, values and rules. Each record's fields are listed once; from the list come its
 * `<Type>Input` (for a create: required fields required, `id` optional) and, where it can be
 * changed, its `<Type>Patch` (every field optional: an omitted field is kept, one given as null
 * cleared). Shape is checked here only as far as GraphQL types go; every rule is the importer's
 * (writes/service.ts), so that a write and an import refuse the same things with the same messages.
 */
import "reflect-metadata";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  ActivityKind, ActorKind, CommitmentKind, FundingType, LocalityLevel, PartnershipKind, PermitKind, ProjectStatus, Recommendation, Sector, Side,
} from "../domain/enums";

@InputType({ description: "An amount of money in a currency, as in the dataset." })
export class MoneyInput {
  @Field(() => Float, { description: "Amount, >= 0." })
  amount!: number;

  @Field(() => String, { description: "ISO 4217 currency code (three capitals), e.g. USD, JPY, KRW." })
  currency!: string;
}

@InputType({ description: "How to reach an actor: a person's name, e-mail and telephone (shown to EDITOR and ADMIN only)." })
export class ContactInput {
  @Field(() => String, { nullable: true, description: "Contact person." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Telephone number." })
  phone?: string | null;
}

@InputType({ description: "A renewal of an agreement: the day it was renewed and its new expiry (YYYY-MM-DD)." })
export class RenewalInput {
  @Field(() => String, { description: "Day it was renewed (YYYY-MM-DD), not before the signing." })
  renewedOn!: string;

  @Field(() => String, { description: "Its new expiry (YYYY-MM-DD), not before renewedOn." })
  expiresOn!: string;
}

@InputType({ description: "A quantified commitment of a partnership, e.g. two delegations a year or USD 50 000 of aid." })
export class CommitmentInput {
  @Field(() => ID, { description: "Its id, unique among commitments." })
  id!: string;

  @Field(() => String, { description: "What is promised, in words." })
  description!: string;

  @Field(() => CommitmentKind, { description: "ACTIVITIES (a number of activities) or FUNDS_USD (funds mobilised, in US dollars)." })
  kind!: CommitmentKind;

  @Field(() => Float, { description: "The target, > 0." })
  target!: number;

  @Field(() => Boolean, { description: "Whether the target is per year (times the years of a period) or for the whole period." })
  perYear!: boolean;

  @Field(() => [ActivityKind], { nullable: true, description: "For ACTIVITIES: only activities of these kinds count." })
  activityKinds?: ActivityKind[] | null;
}

/** One field of a record: its GraphQL type, whether a create needs it, and what it means. */
interface FieldSpec {
  name: string;
  type: () => unknown;
  required: boolean;
  description: string;
}

const field = (name: string, type: () => unknown, required: boolean, description: string): FieldSpec => ({ name, type, required, description });
const DATE = " (YYYY-MM-DD)";

/** Declares the fields on a new input class (type-graphql's decorators, applied by hand). */
function inputClass(name: string, description: string, fields: readonly FieldSpec[], patch: boolean): new () => Record<string, unknown> {
  const Input = class {};
  Object.defineProperty(Input, "name", { value: name });
  for (const f of fields) {
    Field(f.type as () => never, { nullable: patch || !f.required, description: f.description })(Input.prototype, f.name);
  }
  InputType(name, { description })(Input);
  return Input as new () => Record<string, unknown>;
}

/** `<Type>Input` (with an optional id) and `<Type>Patch`. */
function recordInputs(type: string, fields: readonly FieldSpec[]) {
  const id = field("id", () => ID, false, "The record's id (letters, digits and . _ : -, up to 128); generated when absent. Giving one makes a retried create safe: the same input again returns the stored record.");
  return {
    Input: inputClass(`${type}Input`, `A new ${type.toLowerCase()}: the fields of the dataset record (docs/dataset-format.md).`, [id, ...fields], false),
    Patch: inputClass(`${type}Patch`, `Changes to a ${type.toLowerCase()}: given fields replace the stored ones (null clears an optional one), omitted fields are kept.`, fields, true),
  };
}

const ACTOR_FIELDS = [
  field("kind", () => ActorKind, true, "What kind of body this is."),
  field("side", () => Side, true, "DOMESTIC or FOREIGN (a partner)."),
  field("name", () => String, true, "Name in English or in the actor's own language."),
  field("nameVi", () => String, false, "Name in Vietnamese."),
  field("country", () => String, true, "ISO 3166-1 alpha-2 code of its country (or one listed in the graph's countries)."),
  field("level", () => LocalityLevel, false, "Administrative level, for localities."),
  field("parentId", () => ID, false, "Id of the actor it is part of."),
  field("validFrom", () => String, false, "First day it exists" + DATE + "."),
  field("validTo", () => String, false, "Last day it exists" + DATE + ", e.g. before a merger."),
  field("successorIds", () => [ID], false, "Ids of the actors that took over from it."),
  field("website", () => String, false, "Web site."),
  field("contact", () => ContactInput, false, "How to reach it."),
];

const PARTNERSHIP_FIELDS = [
  field("kind", () => PartnershipKind, true, "Kind of partnership."),
  field("title", () => String, true, "Title."),
  field("domesticPartyIds", () => [ID], true, "Ids of the DOMESTIC actors party to it (at least one)."),
  field("foreignPartyIds", () => [ID], true, "Ids of the FOREIGN actors party to it (at least one)."),
  field("signedOn", () => String, true, "Day it was signed" + DATE + "."),
  field("endedOn", () => String, false, "Day it ended" + DATE + ", if it has."),
  field("sectors", () => [Sector], false, "Fields of cooperation."),
  field("titleVi", () => String, false, "Title in Vietnamese."),
  field("documentNumber", () => String, false, "Number of the agreement document."),
  field("expiresOn", () => String, false, "Day the agreement expires" + DATE + "; not with termYears."),
  field("termYears", () => Int, false, "Term of the agreement in years from signing (>= 1); not with expiresOn."),
  field("renewals", () => [RenewalInput], false, "Renewals of the agreement."),
  field("reportedOn", () => String, false, "Day the agreement was reported to the central authority" + DATE + "."),
  field("commitments", () => [CommitmentInput], false, "Its quantified commitments."),
];

const ACTIVITY_FIELDS = [
  field("kind", () => ActivityKind, true, "Kind of activity."),
  field("title", () => String, true, "Title."),
  field("date", () => String, true, "Date" + DATE + "; the first day when it spans several."),
  field("endDate", () => String, false, "Last day" + DATE + ", for activities over several days."),
  field("partnershipId", () => ID, false, "Id of the partnership it was carried out under."),
  field("organizerIds", () => [ID], true, "Ids of the DOMESTIC actors that organised it (at least one)."),
  field("participantIds", () => [ID], false, "Ids of the actors that took part."),
  field("sectors", () => [Sector], false, "Fields concerned."),
  field("funds", () => MoneyInput, false, "Funds it mobilised."),
  field("outcome", () => String, false, "What came out of it."),
  field("titleVi", () => String, false, "Title in Vietnamese."),
  field("venueCountry", () => String, false, "Country where it took place (ISO 3166-1 alpha-2)."),
  field("delegationSize", () => Int, false, "Number of people in the delegation (>= 1)."),
  field("taskId", () => ID, false, "Id of the plan task it serves."),
];

const PROJECT_FIELDS = [
  field("title", () => String, true, "Title."),
  field("status", () => ProjectStatus, true, "Life-cycle status."),
  field("fundingType", () => FundingType, true, "Source of its funding."),
  field("startOn", () => String, true, "First day" + DATE + "."),
  field("endOn", () => String, false, "Last day" + DATE + "."),
  field("partnershipId", () => ID, false, "Id of the partnership it belongs to."),
  field("funderIds", () => [ID], true, "Ids of the actors that fund it (at least one)."),
  field("implementerIds", () => [ID], true, "Ids of the actors that implement it (at least one)."),
  field("localityIds", () => [ID], false, "Ids of the LOCALITY actors where it takes place."),
  field("sectors", () => [Sector], false, "Fields concerned."),
  field("dacCode", () => String, false, "OECD DAC purpose code (5 digits)."),
  field("committed", () => MoneyInput, true, "Amount committed."),
  field("disbursed", () => MoneyInput, false, "Amount disbursed so far."),
  field("titleVi", () => String, false, "Title in Vietnamese."),
];

const REVIEW_FIELDS = [
  field("partnershipId", () => ID, true, "Id of the partnership reviewed."),
  field("year", () => Int, true, "Year reviewed."),
  field("score", () => Int, true, "Score, 1 (poor) to 5 (excellent)."),
  field("recommendation", () => Recommendation, true, "What the reviewer recommends."),
  field("reviewedOn", () => String, true, "Day of the review" + DATE + "."),
  field("reviewerId", () => ID, true, "Id of the reviewing actor (an EDITOR records its own unit's reviews)."),
  field("findings", () => String, false, "What the review found."),
];

const REPORT_FIELDS = [
  field("planId", () => ID, true, "Id of the plan reported on."),
  field("unitId", () => ID, true, "Id of the reporting unit (an EDITOR submits its own unit's reports)."),
  field("year", () => Int, true, "Year reported on."),
  field("submittedOn", () => String, true, "Day it was submitted" + DATE + "."),
  field("summary", () => String, false, "Summary."),
];

const PERMIT_FIELDS = [
  field("actorId", () => ID, true, "Id of the FOREIGN actor of kind NGO it was issued to."),
  field("kind", () => PermitKind, true, "Kind of permit."),
  field("number", () => String, true, "Permit number as issued."),
  field("issuedOn", () => String, true, "Day it was issued" + DATE + "; the first day it is valid."),
  field("expiresOn", () => String, false, "Last day it is valid" + DATE + " (not before issuedOn); absent when open-ended."),
  field("sectors", () => [Sector], false, "Fields of work it allows."),
];

export const ActorInputs = recordInputs("Actor", ACTOR_FIELDS);
export const PartnershipInputs = recordInputs("Partnership", PARTNERSHIP_FIELDS);
export const ActivityInputs = recordInputs("Activity", ACTIVITY_FIELDS);
export const ProjectInputs = recordInputs("Project", PROJECT_FIELDS);
export const ReviewInputs = recordInputs("Review", REVIEW_FIELDS);
export const ReportInputs = recordInputs("Report", REPORT_FIELDS);
export const PermitInputs = recordInputs("Permit", PERMIT_FIELDS);
