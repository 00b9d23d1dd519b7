/** How each relation of a country is read (see graphql/read/relation.ts); fragments in cypher/relations/countries/. */
import { pageRelation } from "../../graphql/read/relation";
import { actorType } from "../actors/actor.type";
import { countryType } from "./country.type";

export const countryPartners = pageRelation(countryType, "partners", actorType, {
  orders: { id: "relations/countries/partners" },
  count: "relations/countries/partners-count",
});
