UNWIND $keys AS key
MATCH (:Activity {id: key})-[:ORGANIZED_BY]->(node:Actor)
WITH key, node
ORDER BY key, node.id
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
