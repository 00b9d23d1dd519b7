/**
 * The closed vocabularies of the partner-network domain (docs/dataset-format.md, "Enums").
 * One list each, shared by the dataset validator and the GraphQL schema,
 * so the file format and the API can never disagree. Each is exported once under its name, as a
 * type (`ActorKind`) and as the object of its values (`ActorKind.NGO`), which is what type-graphql
 * registers as a GraphQL enum (src/graphql/enums.ts).
 */

/** `["A", "B"]` → `{ A: "A", B: "B" }`: the object type-graphql registers as a GraphQL enum. */
export function enumObject<T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const REGIONS = [
  "SOUTHEAST_ASIA", "EAST_ASIA", "SOUTH_ASIA", "CENTRAL_ASIA", "WEST_ASIA",
  "EUROPE", "NORTH_AMERICA", "LATIN_AMERICA", "AFRICA", "OCEANIA",
  // v2: for the user-assigned codes (e.g. XZ) under which international organisations are listed.
  "INTERNATIONAL",
] as const;
export type Region = (typeof REGIONS)[number];
export const Region = enumObject(REGIONS);

export const SIDES = ["DOMESTIC", "FOREIGN"] as const;
export type Side = (typeof SIDES)[number];
export const Side = enumObject(SIDES);

export const ACTOR_KINDS = [
  "LOCALITY", "GOVERNMENT_AGENCY", "MASS_ORGANIZATION", "FRIENDSHIP_ORGANIZATION", "NGO",
  "INTERNATIONAL_ORGANIZATION", "DIPLOMATIC_MISSION", "OVERSEAS_VIETNAMESE_ASSOCIATION",
  "EDUCATION_INSTITUTION", "ENTERPRISE", "PRESS", "OTHER",
  // v2: an individual (an overseas Vietnamese, an expert, an honorary citizen).
  "PERSON",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const ActorKind = enumObject(ACTOR_KINDS);

export const LOCALITY_LEVELS = [
  "PROVINCE", "STATE", "PREFECTURE", "REGION", "CITY", "DISTRICT", "TOWN", "COMMUNE", "OTHER",
] as const;
export type LocalityLevel = (typeof LOCALITY_LEVELS)[number];
export const LocalityLevel = enumObject(LOCALITY_LEVELS);

export const PARTNERSHIP_KINDS = [
  "SISTER_LOCALITY", "FRIENDSHIP", "COOPERATION", "AID_PROGRAM", "INVESTMENT", "OTHER",
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export const PartnershipKind = enumObject(PARTNERSHIP_KINDS);

export const ACTIVITY_KINDS = [
  "DELEGATION_IN", "DELEGATION_OUT", "CONFERENCE", "WORKSHOP", "TRADE_FAIR", "EXHIBITION",
  "CULTURAL_EXCHANGE", "SPORTS_EXCHANGE", "TRAINING", "PRESS_VISIT", "RECEPTION",
  "AID_MOBILIZATION", "INVESTMENT_PROMOTION", "OTHER",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ActivityKind = enumObject(ACTIVITY_KINDS);

export const SECTORS = [
  "CULTURE", "SPORT", "TOURISM", "EDUCATION", "HEALTH", "SCIENCE_TECHNOLOGY", "TRADE", "INVESTMENT",
  "AGRICULTURE_FISHERIES", "ENVIRONMENT", "SOCIAL_WELFARE", "GOVERNANCE", "INFORMATION_MEDIA", "OTHER",
] as const;
export type Sector = (typeof SECTORS)[number];
export const Sector = enumObject(SECTORS);

export const PROJECT_STATUSES = ["PIPELINE", "ACTIVE", "COMPLETED", "CANCELLED", "SUSPENDED"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const ProjectStatus = enumObject(PROJECT_STATUSES);

export const FUNDING_TYPES = ["ODA", "FDI", "NGO_AID", "PRIVATE", "PUBLIC_DOMESTIC", "OTHER"] as const;
export type FundingType = (typeof FUNDING_TYPES)[number];
export const FundingType = enumObject(FUNDING_TYPES);

export const RECOMMENDATIONS = ["CONTINUE", "STRENGTHEN", "RESTRUCTURE", "SUSPEND", "TERMINATE"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const Recommendation = enumObject(RECOMMENDATIONS);

/** v2: what a partnership's quantified commitment counts. */
export const COMMITMENT_KINDS = ["ACTIVITIES", "FUNDS_USD"] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const CommitmentKind = enumObject(COMMITMENT_KINDS);

/** v2: the permits under which a foreign NGO works in the province. */
export const PERMIT_KINDS = ["OPERATION_REGISTRATION", "PROJECT_OFFICE", "REPRESENTATIVE_OFFICE"] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];
export const PermitKind = enumObject(PERMIT_KINDS);
