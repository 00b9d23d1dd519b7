// Organisations the actor is a member of.
UNWIND $keys AS key
MATCH (m:Actor {id: key})-[r:MEMBER_OF]->(o:Actor)
RETURN key, r {.*, memberId: m.id, organizationId: o.id} AS node
ORDER BY key, node.id
