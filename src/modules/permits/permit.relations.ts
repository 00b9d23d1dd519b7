/** How each relation of a permit is read (see graphql/read/relation.ts); fragments in cypher/relations/permits/. */
import { oneRelation } from "../../graphql/read/relation";
import { actorType } from "../actors/actor.type";
import { permitType } from "./permit.type";

export const permitHolder = oneRelation(permitType, "holder", actorType, { fragment: "relations/permits/holder" });
