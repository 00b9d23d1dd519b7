// Organisations the actor is a member of.
UNWIND $keys AS key
MATCH (:Actor {id: key})<-[:MEMBER]-(ms:Membership)-[:ORGANIZATION]->(o:Actor)
RETURN key, ms {.*, memberId: key, organizationId: o.id} AS node
ORDER BY key, node.id
