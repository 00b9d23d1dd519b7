UNWIND $keys AS key
MATCH (:Activity {id: key})-[:ORGANIZED_BY]->(node:Actor)
RETURN key, node {.*} AS node
ORDER BY key, node.id
