UNWIND $keys AS key
MATCH (:Review {id: key})-[:REVIEWED_BY]->(node:Actor)
RETURN key, node {.*} AS node
