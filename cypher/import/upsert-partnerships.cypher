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
// v2: the agreement's commitments belong to it: replaced whole by the file's, in file order.
CALL (p) { MATCH (p)-[:HAS_COMMITMENT]->(old:Commitment) DETACH DELETE old }
CALL (p, row) { UNWIND row.commitments AS c CREATE (p)-[:HAS_COMMITMENT]->(:Commitment {id: c.id, description: c.description, kind: c.kind, target: c.target, perYear: c.perYear, activityKinds: c.activityKinds, position: c.position}) }
