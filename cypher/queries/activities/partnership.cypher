UNWIND $keys AS key
MATCH (:Activity {id: key})-[:UNDER]->(node:Partnership)
RETURN key, node {.*} AS node
