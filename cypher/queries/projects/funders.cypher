UNWIND $keys AS key
MATCH (:Project {id: key})-[:FUNDED_BY]->(node:Actor)
RETURN key, node {.*} AS node
ORDER BY key, node.id
