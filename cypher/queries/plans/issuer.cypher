UNWIND $keys AS key
MATCH (:Plan {id: key})-[:ISSUED_BY]->(node:Actor)
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
