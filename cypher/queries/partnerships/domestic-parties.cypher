UNWIND $keys AS key
MATCH (:Partnership {id: key})-[:DOMESTIC_PARTY]->(node:Actor)
RETURN key, node {.*} AS node
ORDER BY key, node.id
