UNWIND $rows AS row
MERGE (p:Partnership {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET p += row.props, p:Entity:Engagement
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
WITH p, row
CALL (p) { MATCH (p)-[old:DOMESTIC_PARTY|FOREIGN_PARTY]->() DELETE old }
CALL (p, row) { UNWIND row.domesticPartyIds AS aid WITH DISTINCT aid MATCH (a:Actor {id: aid}) CREATE (p)-[:DOMESTIC_PARTY]->(a) }
CALL (p, row) { UNWIND row.foreignPartyIds AS aid WITH DISTINCT aid MATCH (a:Actor {id: aid}) CREATE (p)-[:FOREIGN_PARTY]->(a) }
