// Members of the actor, when it is an organisation.
UNWIND $keys AS key
MATCH (m:Actor)-[r:MEMBER_OF]->(o:Actor {id: key})
RETURN key, r {.*, memberId: m.id, organizationId: o.id} AS node
ORDER BY key, node.id
