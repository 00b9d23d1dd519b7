UNWIND $rows AS row
MERGE (a:Activity {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET a += row.props, a:Entity:Engagement
SET a.version = coalesce(a.version, 0) + 1, a.updatedAt = $stamp.at, a.updatedBy = $stamp.by
// A copy of the UNDER relation's end, for the index that serves a partnership's activity pages.
SET a.partnershipId = row.partnershipId
WITH a, row
// The old relations go, then the file's are CREATEd (ids deduplicated): MERGE would count a hub
// actor's degree, which in a large transaction walks every relationship added so far.
CALL (a) { MATCH (a)-[old:UNDER|ORGANIZED_BY|PARTICIPANT|SERVES]->() DELETE old }
CALL (a, row) { MATCH (p:Partnership {id: row.partnershipId}) CREATE (a)-[:UNDER]->(p) }
// v2: the plan task the activity serves.
CALL (a, row) { MATCH (t:Task {id: row.taskId}) CREATE (a)-[:SERVES]->(t) }
CALL (a, row) { UNWIND row.organizerIds AS aid WITH DISTINCT aid MATCH (o:Actor {id: aid}) CREATE (a)-[:ORGANIZED_BY]->(o) }
CALL (a, row) { UNWIND row.participantIds AS aid WITH DISTINCT aid MATCH (o:Actor {id: aid}) CREATE (a)-[:PARTICIPANT]->(o) }
