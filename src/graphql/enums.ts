/**
 * Registers the domain vocabularies (src/domain/enums.ts) as GraphQL enums, with descriptions, and
 * defines the API's own (ActivityOrder). Import this module before building the schema.
 */
import { registerEnumType } from "type-graphql";
import type { CursorOrder } from "./pagination";
import {
  ActivityKind, ActorKind, CommitmentKind, FundingType, LocalityLevel, PartnershipKind, PermitKind, ProjectStatus, Recommendation, Region, Sector, Side,
} from "../domain/enums";

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
registerEnumType(CommitmentKind, {
  name: "CommitmentKind",
  description: "What a partnership's commitment counts: ACTIVITIES (a number of activities) or FUNDS_USD (funds mobilised, in US dollars).",
});
registerEnumType(PermitKind, { name: "PermitKind", description: "The kind of permit under which a foreign NGO works." });

/** Orders of a list of activities (API only: not a dataset vocabulary). */
export enum ActivityOrder {
  ID = "ID",
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(ActivityOrder, {
  name: "ActivityOrder",
  description: "Order of a page of activities. A cursor belongs to the order it was read in.",
  valuesConfig: {
    ID: { description: "By id, ascending (the default)." },
    NEWEST_FIRST: { description: "Most recent first: by date descending, then id descending." },
    OLDEST_FIRST: { description: "Oldest first: by date, then id (the root `activities` list only)." },
  },
});

/** Orders of the root lists of partnerships and projects: by id, or by their date (signing, start). */
export enum DatedOrder {
  ID = "ID",
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(DatedOrder, {
  name: "DatedOrder",
  description: "Order of a list of partnerships (by signing date) or projects (by start date). A cursor belongs to the order it was read in.",
  valuesConfig: {
    ID: { description: "By id, ascending (the default)." },
    NEWEST_FIRST: { description: "Latest date first, then id descending." },
    OLDEST_FIRST: { description: "Earliest date first, then id." },
  },
});

/** Orders of the root list of actors. */
export enum ActorOrder {
  ID = "ID",
  NAME = "NAME",
}
registerEnumType(ActorOrder, {
  name: "ActorOrder",
  description: "Order of a list of actors. A cursor belongs to the order it was read in.",
  valuesConfig: {
    ID: { description: "By id, ascending (the default)." },
    NAME: { description: "By name (as stored, code-point order), then id." },
  },
});

/** The cursor order an order argument names. */
export function cursorOrderOf(order: ActivityOrder | DatedOrder | ActorOrder | null | undefined): CursorOrder {
  switch (order) {
    case "NEWEST_FIRST": return "newest";
    case "OLDEST_FIRST": return "oldest";
    case "NAME": return "name";
    default: return "id";
  }
}
