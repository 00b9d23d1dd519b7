UNWIND $keys AS key
MATCH (:Plan {id: key})-[:HAS_TASK]->(node:Task)
RETURN key, node {.*} AS node
ORDER BY key, node.id
