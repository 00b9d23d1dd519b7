UNWIND $keys AS key
MATCH (:Review {id: key})-[:OF]->(node:Partnership)
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
