UNWIND $keys AS key
MATCH (:Plan {id: key})-[:PRIORITY]->(node:Country)
RETURN key, node {.*} AS node
ORDER BY key, node.code
