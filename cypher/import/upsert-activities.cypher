UNWIND $rows AS row
MERGE (a:Activity {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET a += row.props, a:Entity:Engagement
WITH a, row
CALL (a) { MATCH (a)-[old:UNDER|ORGANIZED_BY|PARTICIPANT]->() DELETE old }
CALL (a, row) { MATCH (p:Partnership {id: row.partnershipId}) MERGE (a)-[:UNDER]->(p) }
CALL (a, row) { UNWIND row.organizerIds AS aid MATCH (o:Actor {id: aid}) MERGE (a)-[:ORGANIZED_BY]->(o) }
CALL (a, row) { UNWIND row.participantIds AS aid MATCH (o:Actor {id: aid}) MERGE (a)-[:PARTICIPANT]->(o) }
