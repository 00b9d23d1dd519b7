UNWIND $keys AS key
MATCH (:Report {id: key})-[:FOR_PLAN]->(node:Plan)
RETURN key, node {.*} AS node
