/** How each relation of an activity is read (see graphql/read/relation.ts); fragments in cypher/relations/activities/. */
import { listRelation, oneRelation } from "../../graphql/read/relation";
import { actorType } from "../actors/actor.type";
import { partnershipType } from "../partnerships/partnership.type";
import { countryType } from "../countries/country.type";
import { taskType } from "../plans/plan.type";
import { activityType } from "./activity.type";

export const activityPartnership = oneRelation(activityType, "partnership", partnershipType, { fragment: "relations/activities/partnership" });
export const activityOrganizers = listRelation(activityType, "organizers", actorType, { fragment: "relations/activities/organizers" });
export const activityParticipants = listRelation(activityType, "participants", actorType, { fragment: "relations/activities/participants" });
export const activityVenueCountry = oneRelation(activityType, "venueCountry", countryType, { fragment: "relations/activities/venue-country" });
export const activityTask = oneRelation(activityType, "task", taskType, { fragment: "relations/activities/task" });
