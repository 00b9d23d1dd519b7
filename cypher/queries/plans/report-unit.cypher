UNWIND $keys AS key
MATCH (:Report {id: key})-[:BY]->(node:Actor)
RETURN key, node {.*} AS node
