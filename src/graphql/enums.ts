/**
 * Registers the domain vocabularies (src/domain/enums.ts) as GraphQL enums, with descriptions.
 * Import this module before building the schema.
 */
import { registerEnumType } from "type-graphql";
import {
  ACTIVITY_KINDS, ACTOR_KINDS, FUNDING_TYPES, LOCALITY_LEVELS, PARTNERSHIP_KINDS, PROJECT_STATUSES,
  RECOMMENDATIONS, REGIONS, SECTORS, SIDES,
} from "../domain/enums";

/** `["A", "B"]` → `{ A: "A", B: "B" }`, the enum object type-graphql expects. */
function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const Region = enumObject(REGIONS);
export const Side = enumObject(SIDES);
export const ActorKind = enumObject(ACTOR_KINDS);
export const LocalityLevel = enumObject(LOCALITY_LEVELS);
export const PartnershipKind = enumObject(PARTNERSHIP_KINDS);
export const ActivityKind = enumObject(ACTIVITY_KINDS);
export const Sector = enumObject(SECTORS);
export const ProjectStatus = enumObject(PROJECT_STATUSES);
export const FundingType = enumObject(FUNDING_TYPES);
export const Recommendation = enumObject(RECOMMENDATIONS);

registerEnumType(Region, { name: "Region", description: "World region of a country." });
registerEnumType(Side, {
  name: "Side",
  description: "DOMESTIC: the province and its own bodies, or national bodies. FOREIGN: a partner.",
});
registerEnumType(ActorKind, { name: "ActorKind", description: "What kind of body an actor is." });
registerEnumType(LocalityLevel, { name: "LocalityLevel", description: "Administrative level of a locality." });
registerEnumType(PartnershipKind, {
  name: "PartnershipKind",
  description: "Kind of partnership; SISTER_LOCALITY is a twinning agreement (địa phương kết nghĩa).",
});
registerEnumType(ActivityKind, {
  name: "ActivityKind",
  description: "Kind of activity; DELEGATION_IN/OUT are incoming and outgoing delegations (đoàn vào / đoàn ra).",
});
registerEnumType(Sector, { name: "Sector", description: "Field of cooperation." });
registerEnumType(ProjectStatus, { name: "ProjectStatus", description: "Life-cycle status of a project." });
registerEnumType(FundingType, { name: "FundingType", description: "Source of a project's funding." });
registerEnumType(Recommendation, { name: "Recommendation", description: "Recommendation of an effectiveness review." });

/** Orders of a partnership's activities (API only: not a dataset vocabulary). */
export enum ActivityOrder {
  ID = "ID",
  NEWEST_FIRST = "NEWEST_FIRST",
}
registerEnumType(ActivityOrder, {
  name: "ActivityOrder",
  description: "Order of a page of activities.",
  valuesConfig: {
    ID: { description: "By id, ascending (the default)." },
    NEWEST_FIRST: { description: "Most recent first: by date descending, then id descending." },
  },
});
