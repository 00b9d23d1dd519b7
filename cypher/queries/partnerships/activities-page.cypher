// A page of each partnership's activities, in id order.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Partnership {id: key})<-[:UNDER]-(node:Activity)
  WHERE $after IS NULL OR node.id > $after
  RETURN node
  ORDER BY node.id
  LIMIT $limit
}
RETURN key, node {.*} AS node
ORDER BY key, node.id
