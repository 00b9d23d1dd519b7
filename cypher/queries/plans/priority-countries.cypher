UNWIND $keys AS key
MATCH (:Plan {id: key})-[:PRIORITY]->(node:Country)
WITH key, node
ORDER BY key, node.code
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
