// Partnerships the actor is a party of, on either side.
UNWIND $keys AS key
MATCH (:Actor {id: key})<-[:DOMESTIC_PARTY|FOREIGN_PARTY]-(node:Partnership)
WITH DISTINCT key, node
ORDER BY key, node.id
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
