UNWIND $keys AS key
MATCH (:Review {id: key})-[:REVIEWED_BY]->(node:Actor)
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
