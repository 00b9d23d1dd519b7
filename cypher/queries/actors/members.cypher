// Members of the actor, when it is an organisation.
UNWIND $keys AS key
MATCH (:Actor {id: key})<-[:ORGANIZATION]-(ms:Membership)-[:MEMBER]->(m:Actor)
RETURN key, ms {.*, memberId: m.id, organizationId: key} AS node
ORDER BY key, node.id
