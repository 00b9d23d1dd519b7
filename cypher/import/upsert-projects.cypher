UNWIND $rows AS row
MERGE (p:Project {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET p += row.props, p:Entity:Engagement
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
WITH p, row
CALL (p) { MATCH (p)-[old:UNDER|FUNDED_BY|IMPLEMENTED_BY|LOCATED_IN]->() DELETE old }
CALL (p, row) { MATCH (ps:Partnership {id: row.partnershipId}) CREATE (p)-[:UNDER]->(ps) }
CALL (p, row) { UNWIND row.funderIds AS aid WITH DISTINCT aid MATCH (a:Actor {id: aid}) CREATE (p)-[:FUNDED_BY]->(a) }
CALL (p, row) { UNWIND row.implementerIds AS aid WITH DISTINCT aid MATCH (a:Actor {id: aid}) CREATE (p)-[:IMPLEMENTED_BY]->(a) }
CALL (p, row) { UNWIND row.localityIds AS aid WITH DISTINCT aid MATCH (a:Actor {id: aid}) CREATE (p)-[:LOCATED_IN]->(a) }
