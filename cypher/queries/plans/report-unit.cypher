UNWIND $keys AS key
MATCH (:Report {id: key})-[:BY]->(node:Actor)
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
