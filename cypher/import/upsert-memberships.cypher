// A membership is a node keyed by its synthetic id (member, organisation and start date).
UNWIND $rows AS row
MATCH (m:Actor {id: row.memberId}), (o:Actor {id: row.organizationId})
MERGE (ms:Membership {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET ms += row.props, ms:Engagement
SET ms.version = coalesce(ms.version, 0) + 1, ms.updatedAt = $stamp.at, ms.updatedBy = $stamp.by
WITH ms, m, o
CALL (ms) { MATCH (ms)-[old:MEMBER|ORGANIZATION]->() DELETE old }
CREATE (ms)-[:MEMBER]->(m)
CREATE (ms)-[:ORGANIZATION]->(o)
