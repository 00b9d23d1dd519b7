UNWIND $keys AS key
MATCH (:Partnership {id: key})<-[:UNDER]-(node:Project)
RETURN key, node {.*} AS node
ORDER BY key, node.id
