/** How each relation of a membership is read (see graphql/read/relation.ts); fragments in cypher/relations/memberships/. */
import { oneRelation } from "../../graphql/read/relation";
import { actorType } from "../actors/actor.type";
import { membershipType } from "./membership.type";

export const membershipMember = oneRelation(membershipType, "member", actorType, { fragment: "relations/memberships/member" });
export const membershipOrganization = oneRelation(membershipType, "organization", actorType, { fragment: "relations/memberships/organization" });
