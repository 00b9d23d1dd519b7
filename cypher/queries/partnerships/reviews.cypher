UNWIND $keys AS key
MATCH (:Partnership {id: key})<-[:OF]-(node:Review)
RETURN key, node {.*} AS node
ORDER BY key, node.year, node.reviewedOn, node.id
