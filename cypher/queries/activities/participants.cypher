UNWIND $keys AS key
MATCH (:Activity {id: key})-[:PARTICIPANT]->(node:Actor)
RETURN key, node {.*} AS node
ORDER BY key, node.id
