UNWIND $keys AS key
MATCH (:Plan {id: key})-[:ISSUED_BY]->(node:Actor)
RETURN key, node {.*} AS node
