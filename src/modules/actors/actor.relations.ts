/** How each relation of an actor is read (see graphql/read/relation.ts); fragments in cypher/relations/actors/. */
import { type ActivityOrder, cursorOrderOf } from "../../graphql/enums";
import { listRelation, oneRelation, pageRelation } from "../../graphql/read/relation";
import { activityType } from "../activities/activity.type";
import { projectType } from "../projects/project.type";
import { countryType } from "../countries/country.type";
import { membershipType } from "../memberships/membership.type";
import { partnershipType } from "../partnerships/partnership.type";
import { permitType } from "../permits/permit.type";
import { actorType } from "./actor.type";

export const actorCountry = oneRelation(actorType, "country", countryType, { fragment: "relations/actors/country" });
export const actorParent = oneRelation(actorType, "parent", actorType, { fragment: "relations/actors/parent" });
export const actorChildren = listRelation(actorType, "children", actorType, { fragment: "relations/actors/children" });
export const actorSuccessors = listRelation(actorType, "successors", actorType, { fragment: "relations/actors/successors" });
export const actorPredecessors = listRelation(actorType, "predecessors", actorType, { fragment: "relations/actors/predecessors" });
export const actorPartnerships = listRelation(actorType, "partnerships", partnershipType, { fragment: "relations/actors/partnerships" });
export const actorMemberships = listRelation(actorType, "memberships", membershipType, { fragment: "relations/actors/memberships" });
export const actorPermits = listRelation(actorType, "permits", permitType, { fragment: "relations/actors/permits" });
export const actorMembers = listRelation(actorType, "members", membershipType, { fragment: "relations/actors/members" });
export const actorActivities = pageRelation(actorType, "activities", activityType, {
  orders: { id: "relations/actors/activities", newest: "relations/actors/activities-newest" },
  afterKey: { newest: "relations/partnerships/activities-newest-after" },
  orderOf: (args) => cursorOrderOf(args.orderBy as ActivityOrder),
  count: "relations/actors/activities-count",
});
export const actorProjects = pageRelation(actorType, "projects", projectType, {
  orders: { id: "relations/actors/projects" },
  count: "relations/actors/projects-count",
});
