UNWIND $keys AS key
MATCH (:Activity {id: key})-[:UNDER]->(node:Partnership)
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
