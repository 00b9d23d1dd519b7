UNWIND $keys AS key
MATCH (:Project {id: key})-[:UNDER]->(node:Partnership)
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
