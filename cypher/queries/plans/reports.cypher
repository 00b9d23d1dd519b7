UNWIND $keys AS key
MATCH (:Plan {id: key})<-[:FOR_PLAN]-(node:Report)
RETURN key, node {.*} AS node
ORDER BY key, node.year, node.id
