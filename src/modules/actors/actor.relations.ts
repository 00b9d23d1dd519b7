/** How each relation of an actor is read (see graphql/read/relation.ts); fragments in cypher/relations/actors/. */
import { listRelation, oneRelation } from "../../graphql/read/relation";
import { countryType } from "../countries/country.type";
import { membershipType } from "../memberships/membership.type";
import { partnershipType } from "../partnerships/partnership.type";
import { actorType } from "./actor.type";

export const actorCountry = oneRelation(actorType, "country", countryType, { fragment: "relations/actors/country" });
export const actorParent = oneRelation(actorType, "parent", actorType, { fragment: "relations/actors/parent" });
export const actorChildren = listRelation(actorType, "children", actorType, { fragment: "relations/actors/children" });
export const actorSuccessors = listRelation(actorType, "successors", actorType, { fragment: "relations/actors/successors" });
export const actorPredecessors = listRelation(actorType, "predecessors", actorType, { fragment: "relations/actors/predecessors" });
export const actorPartnerships = listRelation(actorType, "partnerships", partnershipType, { fragment: "relations/actors/partnerships" });
export const actorMemberships = listRelation(actorType, "memberships", membershipType, { fragment: "relations/actors/memberships" });
export const actorMembers = listRelation(actorType, "members", membershipType, { fragment: "relations/actors/members" });
