/** How each relation of a partnership is read (see graphql/read/relation.ts); fragments in cypher/relations/partnerships/. */
import { type ActivityOrder, cursorOrderOf } from "../../graphql/enums";
import { listRelation, pageRelation } from "../../graphql/read/relation";
import { activityType } from "../activities/activity.type";
import { actorType } from "../actors/actor.type";
import { projectType } from "../projects/project.type";
import { reviewType } from "../reviews/review.type";
import { partnershipType } from "./partnership.type";
import { commitmentType } from "./commitment.type";

export const partnershipDomesticParties = listRelation(partnershipType, "domesticParties", actorType, { fragment: "relations/partnerships/domestic-parties" });
export const partnershipForeignParties = listRelation(partnershipType, "foreignParties", actorType, { fragment: "relations/partnerships/foreign-parties" });
export const partnershipReviews = listRelation(partnershipType, "reviews", reviewType, { fragment: "relations/partnerships/reviews" });
export const partnershipProjects = listRelation(partnershipType, "projects", projectType, { fragment: "relations/partnerships/projects" });
export const partnershipCommitments = listRelation(partnershipType, "commitments", commitmentType, { fragment: "relations/partnerships/commitments" });
export const partnershipActivities = pageRelation(partnershipType, "activities", activityType, {
  orders: { id: "relations/partnerships/activities", newest: "relations/partnerships/activities-newest" },
  afterKey: { newest: "relations/partnerships/activities-newest-after" },
  orderOf: (args) => cursorOrderOf(args.orderBy as ActivityOrder),
  count: "relations/partnerships/activities-count",
});
