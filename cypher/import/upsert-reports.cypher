UNWIND $rows AS row
MERGE (r:Report {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET r += row.props, r:Entity
SET r.version = coalesce(r.version, 0) + 1, r.updatedAt = $stamp.at, r.updatedBy = $stamp.by
WITH r, row
CALL (r) { MATCH (r)-[old:FOR_PLAN|BY]->() DELETE old }
CALL (r, row) { MATCH (p:Plan {id: row.planId}) CREATE (r)-[:FOR_PLAN]->(p) }
CALL (r, row) { MATCH (a:Actor {id: row.unitId}) CREATE (r)-[:BY]->(a) }
