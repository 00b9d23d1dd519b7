UNWIND $keys AS key
MATCH (:Review {id: key})-[:OF]->(node:Partnership)
RETURN key, node {.*} AS node
