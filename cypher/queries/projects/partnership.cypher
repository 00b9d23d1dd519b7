UNWIND $keys AS key
MATCH (:Project {id: key})-[:UNDER]->(node:Partnership)
RETURN key, node {.*} AS node
