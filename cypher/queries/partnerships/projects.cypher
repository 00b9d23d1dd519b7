UNWIND $keys AS key
MATCH (:Partnership {id: key})<-[:UNDER]-(node:Project)
WITH key, node
ORDER BY key, node.id
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
