UNWIND $rows AS row
MERGE (r:Review {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET r += row.props, r:Entity
SET r.version = coalesce(r.version, 0) + 1, r.updatedAt = $stamp.at, r.updatedBy = $stamp.by
WITH r, row
CALL (r) { MATCH (r)-[old:OF|REVIEWED_BY]->() DELETE old }
CALL (r, row) { MATCH (p:Partnership {id: row.partnershipId}) CREATE (r)-[:OF]->(p) }
CALL (r, row) { MATCH (a:Actor {id: row.reviewerId}) CREATE (r)-[:REVIEWED_BY]->(a) }
