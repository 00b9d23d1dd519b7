UNWIND $keys AS key
MATCH (:Project {id: key})-[:LOCATED_IN]->(node:Actor)
RETURN key, node {.*} AS node
ORDER BY key, node.id
