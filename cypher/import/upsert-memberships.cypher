// A membership is a relationship keyed by member, organisation and start date (its synthetic id).
UNWIND $rows AS row
MATCH (m:Actor {id: row.memberId}), (o:Actor {id: row.organizationId})
MERGE (m)-[r:MEMBER_OF {id: row.id}]->(o)
SET r.role = row.role, r.since = row.since, r.until = row.until
