// Partnerships the actor is a party of, on either side.
UNWIND $keys AS key
MATCH (:Actor {id: key})<-[:DOMESTIC_PARTY|FOREIGN_PARTY]-(node:Partnership)
RETURN DISTINCT key, node {.*} AS node
ORDER BY key, node.id
