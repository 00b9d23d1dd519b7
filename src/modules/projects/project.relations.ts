/** How each relation of a project is read (see graphql/read/relation.ts); fragments in cypher/relations/projects/. */
import { listRelation, oneRelation } from "../../graphql/read/relation";
import { actorType } from "../actors/actor.type";
import { partnershipType } from "../partnerships/partnership.type";
import { projectType } from "./project.type";

export const projectPartnership = oneRelation(projectType, "partnership", partnershipType, { fragment: "relations/projects/partnership" });
export const projectFunders = listRelation(projectType, "funders", actorType, { fragment: "relations/projects/funders" });
export const projectImplementers = listRelation(projectType, "implementers", actorType, { fragment: "relations/projects/implementers" });
export const projectLocalities = listRelation(projectType, "localities", actorType, { fragment: "relations/projects/localities" });
