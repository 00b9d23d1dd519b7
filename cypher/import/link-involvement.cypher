// INVOLVES: the actors an engagement ties together, derived from its own relations (SPEC "Network"):
// a partnership's parties; an activity's organisers and partners (its FOREIGN participants and the
// foreign parties of its partnership); a project's funders, implementers and localities; a
// membership's member and organisation. Two actors are adjacent in the actor graph when one
// engagement INVOLVES both. Recomputed for every engagement an import may have changed.
UNWIND $rows AS id
MATCH (e:Engagement {id: id})
CALL (e) { MATCH (e)-[old:INVOLVES]->() DELETE old }
CALL (e) {
  MATCH (e)-[:DOMESTIC_PARTY|FOREIGN_PARTY|ORGANIZED_BY|FUNDED_BY|IMPLEMENTED_BY|LOCATED_IN|MEMBER|ORGANIZATION]->(a:Actor)
  RETURN a
  UNION
  MATCH (e)-[:PARTICIPANT]->(a:Actor {side: 'FOREIGN'})
  RETURN a
  UNION
  MATCH (e:Activity)-[:UNDER]->(:Partnership)-[:FOREIGN_PARTY]->(a:Actor)
  RETURN a
}
MERGE (e)-[:INVOLVES]->(a)
