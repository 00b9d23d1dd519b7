// INVOLVES: the actors an engagement ties together, derived from its own relations (docs/analytics.md, "The actor graph"):
// a partnership's parties; an activity's organisers and partners (its FOREIGN participants and the
// foreign parties of its partnership); a project's funders, implementers and localities; a
// membership's member and organisation. Two actors are adjacent in the actor graph when one
// engagement INVOLVES both. Recomputed for every engagement an import may have changed.
UNWIND $rows AS id
// Found by the :Entity or :Membership id index (memberships are not entities; :Engagement has no index).
CALL (id) {
  MATCH (e:Entity {id: id}) WHERE e:Engagement RETURN e
  UNION
  MATCH (e:Membership {id: id}) RETURN e
}
// The actors it involves now, each once (UNION).
WITH e, COLLECT {
  MATCH (e)-[:DOMESTIC_PARTY|FOREIGN_PARTY|ORGANIZED_BY|FUNDED_BY|IMPLEMENTED_BY|LOCATED_IN|MEMBER|ORGANIZATION]->(a:Actor)
  RETURN a
  UNION
  // No :Actor label here (PARTICIPANT only leads to actors): with it, the planner seeks every
  // FOREIGN actor by the side index and probes each for a link to e, once per engagement.
  MATCH (e)-[:PARTICIPANT]->(a)
  WHERE a.side = 'FOREIGN'
  RETURN a
  UNION
  MATCH (e:Activity)-[:UNDER]->(:Partnership)-[:FOREIGN_PARTY]->(a:Actor)
  RETURN a
} AS actors
// The links it has to them stay (a re-import deletes and creates none again, which a large
// transaction would hold twice); links to others go.
CALL (e, actors) {
  MATCH (e)-[old:INVOLVES]->(a)
  CALL (old, a, actors) { WITH old WHERE NOT a IN actors DELETE old }
  RETURN collect(CASE WHEN a IN actors THEN a END) AS kept // one row, [] when it has none
}
// CREATE, not MERGE: the actors missing are each created once. MERGE would look for an existing
// link by counting the degree of both ends, and a hub actor's degree in a large transaction is
// counted by walking every link added so far: quadratic.
UNWIND [a IN actors WHERE NOT a IN kept] AS a
CREATE (e)-[:INVOLVES]->(a)
