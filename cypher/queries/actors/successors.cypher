UNWIND $keys AS key
MATCH (:Actor {id: key})-[:SUCCEEDED_BY]->(node:Actor)
RETURN key, node {.*} AS node
ORDER BY key, node.id
