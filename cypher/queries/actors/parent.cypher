UNWIND $keys AS key
MATCH (:Actor {id: key})-[:PART_OF]->(node:Actor)
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
