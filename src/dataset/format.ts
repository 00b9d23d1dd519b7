/**
 * The shape of a `partner-network/v1` or `/v2` dataset (docs/dataset-format.md), one zod schema per record.
 * v2 only adds optional fields and the `permits` section, so one schema reads both: a v1 file means
 * what it meant, and the fields v2 adds are accepted whichever format a file names.
 * Shape only: references between records, sides and dates in order are checked in `validate.ts`.
 * Unknown keys are rejected so that a misspelt field ("activites", "signedon") is reported,
 * not silently dropped. Optional fields may also be null.
 */
import { z } from "zod";
import {
  ACTIVITY_KINDS, ACTOR_KINDS, COMMITMENT_KINDS, FUNDING_TYPES, LOCALITY_LEVELS, PARTNERSHIP_KINDS,
  PERMIT_KINDS, PROJECT_STATUSES, RECOMMENDATIONS, REGIONS, SECTORS, SIDES,
} from "../domain/enums";
import { MAX_YEAR, MIN_YEAR, isIsoDate } from "../domain/dates";

/** The format a new file (the generator's, a write's one-record dataset) names. */
export const FORMAT = "partner-network/v2";
/** The formats the importer reads. */
export const FORMATS = ["partner-network/v1", "partner-network/v2"] as const;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * Bounds on the size of a record's values: far above anything a real record holds, low enough
 * that one hostile value (a 50 MB title) is refused with its path instead of stored and served.
 */
export const LIMITS = {
  /** Names, titles, roles, contact details, document numbers. */
  shortText: 1_000,
  /** Outcomes, findings, summaries. */
  longText: 20_000,
  /** Ids in one list (participants, parties, funders…), countries in a plan, tasks in a plan. */
  listItems: 10_000,
};

const text = z.string().trim().min(1, "must not be empty").max(LIMITS.shortText);
const optionalText = z.string().max(LIMITS.shortText).nullish();
const optionalLongText = z.string().max(LIMITS.longText).nullish();
const id = z.string().regex(ID_PATTERN, 'must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$');
const idList = z.array(id).max(LIMITS.listItems);
const nonEmptyIdList = idList.min(1, "must list at least one id");
const date = z.string().refine(isIsoDate, "must be a date written YYYY-MM-DD");
const year = z.number().int("must be a whole year").min(MIN_YEAR, `must be ${MIN_YEAR} or later`).max(MAX_YEAR, `must be ${MAX_YEAR} or earlier`);
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code (two capitals)");
const currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code (three capitals)");
const sectors = z.array(z.enum(SECTORS)).max(SECTORS.length * 2).nullish();

export const moneySchema = z.strictObject({
  amount: z.number().min(0, "must be >= 0").finite(),
  currency,
});

export const countrySchema = z.strictObject({
  code: countryCode,
  name: text,
  nameVi: optionalText,
  region: z.enum(REGIONS),
  asean: z.boolean(),
});

export const exchangeRateSchema = z.strictObject({
  currency,
  year,
  usdPerUnit: z.number().positive("must be > 0").finite(),
});

export const actorSchema = z.strictObject({
  id,
  kind: z.enum(ACTOR_KINDS),
  side: z.enum(SIDES),
  name: text,
  nameVi: optionalText,
  country: countryCode,
  level: z.enum(LOCALITY_LEVELS).nullish(),
  parentId: id.nullish(),
  validFrom: date.nullish(),
  validTo: date.nullish(),
  successorIds: idList.nullish(),
  website: optionalText,
  contact: z.strictObject({ name: optionalText, email: optionalText, phone: optionalText }).nullish(),
});

export const membershipSchema = z.strictObject({
  memberId: id,
  organizationId: id,
  role: optionalText,
  since: date.nullish(),
  until: date.nullish(),
});

/** v2: an agreement renewed on a date, until a new expiry. */
export const renewalSchema = z.strictObject({
  renewedOn: date,
  expiresOn: date,
});

/** v2: a quantified promise of a partnership ("two delegations a year", "USD 50 000 of aid"). */
export const commitmentSchema = z.strictObject({
  id,
  description: text,
  kind: z.enum(COMMITMENT_KINDS),
  target: z.number().positive("must be > 0").finite(),
  perYear: z.boolean(),
  activityKinds: z.array(z.enum(ACTIVITY_KINDS)).max(ACTIVITY_KINDS.length * 2).nullish(),
});

export const partnershipSchema = z.strictObject({
  id,
  kind: z.enum(PARTNERSHIP_KINDS),
  title: text,
  domesticPartyIds: nonEmptyIdList,
  foreignPartyIds: nonEmptyIdList,
  signedOn: date,
  endedOn: date.nullish(),
  sectors,
  // v2: the agreement behind the partnership.
  titleVi: optionalText,
  documentNumber: optionalText,
  expiresOn: date.nullish(),
  termYears: z.number().int("must be a whole number of years").min(1, "must be at least 1").max(200, "must be at most 200").nullish(),
  renewals: z.array(renewalSchema).max(LIMITS.listItems).nullish(),
  reportedOn: date.nullish(),
  commitments: z.array(commitmentSchema).max(LIMITS.listItems).nullish(),
});

export const activitySchema = z.strictObject({
  id,
  kind: z.enum(ACTIVITY_KINDS),
  title: text,
  date,
  endDate: date.nullish(),
  partnershipId: id.nullish(),
  organizerIds: nonEmptyIdList,
  participantIds: idList.nullish(),
  sectors,
  funds: moneySchema.nullish(),
  outcome: optionalLongText,
  // v2
  titleVi: optionalText,
  venueCountry: countryCode.nullish(),
  delegationSize: z.number().int("must be a whole number").min(1, "must be at least 1").max(1_000_000, "must be at most 1000000").nullish(),
  taskId: id.nullish(),
});

export const projectSchema = z.strictObject({
  id,
  title: text,
  status: z.enum(PROJECT_STATUSES),
  fundingType: z.enum(FUNDING_TYPES),
  startOn: date,
  endOn: date.nullish(),
  partnershipId: id.nullish(),
  funderIds: nonEmptyIdList,
  implementerIds: nonEmptyIdList,
  localityIds: idList.nullish(),
  sectors,
  dacCode: z.string().regex(/^\d{5}$/, "must be a 5-digit DAC purpose code").nullish(),
  committed: moneySchema,
  disbursed: moneySchema.nullish(),
  // v2
  titleVi: optionalText,
});

export const reviewSchema = z.strictObject({
  id,
  partnershipId: id,
  year,
  score: z.number().int("must be a whole number").min(1, "must be 1 to 5").max(5, "must be 1 to 5"),
  recommendation: z.enum(RECOMMENDATIONS),
  reviewedOn: date,
  reviewerId: id,
  findings: optionalLongText,
});

export const taskSchema = z.strictObject({
  id,
  title: text,
  titleVi: optionalText,
  assigneeIds: nonEmptyIdList,
  sectors,
});

export const planSchema = z.strictObject({
  id,
  title: text,
  titleVi: optionalText,
  documentNumber: optionalText,
  issuedOn: date.nullish(),
  issuerId: id,
  fromYear: year,
  toYear: year,
  reportDeadline: z
    .string()
    .refine((v) => /^\d{2}-\d{2}$/.test(v) && isIsoDate(`2000-${v}`), "must be a month and day written MM-DD")
    .nullish(),
  priorityCountries: z.array(countryCode).max(LIMITS.listItems),
  tasks: z.array(z.unknown()).max(LIMITS.listItems),
});

export const reportSchema = z.strictObject({
  id,
  planId: id,
  unitId: id,
  year,
  submittedOn: date,
  summary: optionalLongText,
});

/** v2: a permit under which a foreign NGO works (registration, project office, representative office). */
export const permitSchema = z.strictObject({
  id,
  actorId: id,
  kind: z.enum(PERMIT_KINDS),
  number: text,
  issuedOn: date,
  expiresOn: date.nullish(),
  sectors,
});

/** The top level: every array optional, its elements checked one by one (see validate.ts). */
export const documentSchema = z.strictObject({
  format: z.enum(FORMATS),
  countries: z.array(z.unknown()).optional(),
  exchangeRates: z.array(z.unknown()).optional(),
  actors: z.array(z.unknown()).optional(),
  memberships: z.array(z.unknown()).optional(),
  partnerships: z.array(z.unknown()).optional(),
  activities: z.array(z.unknown()).optional(),
  projects: z.array(z.unknown()).optional(),
  reviews: z.array(z.unknown()).optional(),
  plans: z.array(z.unknown()).optional(),
  reports: z.array(z.unknown()).optional(),
  permits: z.array(z.unknown()).optional(),
});

export type Money = z.infer<typeof moneySchema>;
export type CountryInput = z.infer<typeof countrySchema>;
export type ExchangeRateInput = z.infer<typeof exchangeRateSchema>;
export type ActorInput = z.infer<typeof actorSchema>;
export type MembershipInput = z.infer<typeof membershipSchema>;
export type PartnershipInput = z.infer<typeof partnershipSchema>;
export type ActivityInput = z.infer<typeof activitySchema>;
export type ProjectInput = z.infer<typeof projectSchema>;
export type ReviewInput = z.infer<typeof reviewSchema>;
export type TaskInput = z.infer<typeof taskSchema>;
export type PlanInput = Omit<z.infer<typeof planSchema>, "tasks"> & { tasks: TaskInput[] };
export type ReportInput = z.infer<typeof reportSchema>;
export type PermitInput = z.infer<typeof permitSchema>;

/** A dataset whose every record has the right shape (references not yet checked). */
export interface Dataset {
  countries: CountryInput[];
  exchangeRates: ExchangeRateInput[];
  actors: ActorInput[];
  memberships: MembershipInput[];
  partnerships: PartnershipInput[];
  activities: ActivityInput[];
  projects: ProjectInput[];
  reviews: ReviewInput[];
  plans: PlanInput[];
  reports: ReportInput[];
  permits: PermitInput[];
}
