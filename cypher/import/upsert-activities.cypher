UNWIND $rows AS row
// `row.stored`: the import's lookups found the activity in the graph (an earlier import's, or one
// an interrupted run of this import wrote). Only then is there a node to update and old relations
// to replace; an activity they found absent is CREATEd (no MERGE, no old relations to look for).
CALL (row) {
  WITH row WHERE row.stored
  MATCH (a:Activity {id: row.props.id})
  // The old relations go; the file's are CREATEd below (INVOLVES follows in the actor-graph step).
  CALL (a) { MATCH (a)-[old:UNDER|ORGANIZED_BY|PARTICIPANT|SERVES]->() DELETE old }
  SET a.version = coalesce(a.version, 0) + 1, a:Entity:Engagement
  RETURN a
  UNION
  WITH row WHERE NOT row.stored
  CREATE (a:Activity:Entity:Engagement {id: row.props.id, version: 1})
  RETURN a
}
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
// `partnershipId`: a copy of the UNDER relation's end, for the index that serves a partnership's
// activity pages.
SET a += row.props, a.updatedAt = $stamp.at, a.updatedBy = $stamp.by, a.partnershipId = row.partnershipId
WITH a, row
// CREATE, not MERGE (ids deduplicated): MERGE would count a hub actor's degree, which in a large
// transaction walks every relationship added so far.
CALL (a, row) { MATCH (p:Partnership {id: row.partnershipId}) CREATE (a)-[:UNDER]->(p) }
// v2: the plan task the activity serves.
CALL (a, row) { MATCH (t:Task {id: row.taskId}) CREATE (a)-[:SERVES]->(t) }
CALL (a, row) { UNWIND row.organizerIds AS aid WITH DISTINCT aid MATCH (o:Actor {id: aid}) CREATE (a)-[:ORGANIZED_BY]->(o) }
CALL (a, row) { UNWIND row.participantIds AS aid WITH DISTINCT aid MATCH (o:Actor {id: aid}) CREATE (a)-[:PARTICIPANT]->(o) }
