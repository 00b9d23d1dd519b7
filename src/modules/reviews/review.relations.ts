/** How each relation of a review is read (see graphql/read/relation.ts); fragments in cypher/relations/reviews/. */
import { oneRelation } from "../../graphql/read/relation";
import { actorType } from "../actors/actor.type";
import { partnershipType } from "../partnerships/partnership.type";
import { reviewType } from "./review.type";

export const reviewReviewer = oneRelation(reviewType, "reviewer", actorType, { fragment: "relations/reviews/reviewer" });
export const reviewPartnership = oneRelation(reviewType, "partnership", partnershipType, { fragment: "relations/reviews/partnership" });
