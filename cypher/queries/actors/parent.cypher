UNWIND $keys AS key
MATCH (:Actor {id: key})-[:PART_OF]->(node:Actor)
RETURN key, node {.*} AS node
