UNWIND $rows AS row
// `row.stored`: the import's lookups found the activity in the graph (an earlier import's, or one
// an interrupted run of this import wrote). Only then is there a node to find and old relations to
// replace; an activity they found absent is CREATEd, with no index seek and nothing to delete.
CALL (row) {
  WITH row WHERE row.stored
  MATCH (a:Activity {id: row.props.id})
  // The old relations go, INVOLVES too (derived again below); the file's are then CREATEd.
  CALL (a) { MATCH (a)-[old:UNDER|ORGANIZED_BY|PARTICIPANT|SERVES|INVOLVES]->() DELETE old }
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
// The activity's INVOLVES, derived here from the relations just written rather than in a second
// pass over every activity of the file: the activity arms of import/link-involvement.cypher (the
// definition, which every other engagement, and a stored activity the file changes indirectly,
// goes through). Its partnership's foreign parties and its actors' sides are already written: the
// partnerships and actors steps run before this one.
WITH a
CALL (a) {
  MATCH (a)-[:ORGANIZED_BY]->(x:Actor)
  RETURN x
  UNION
  MATCH (a)-[:PARTICIPANT]->(x)
  WHERE x.side = 'FOREIGN'
  RETURN x
  UNION
  MATCH (a)-[:UNDER]->(:Partnership)-[:FOREIGN_PARTY]->(x:Actor)
  RETURN x
}
CREATE (a)-[:INVOLVES]->(x)
