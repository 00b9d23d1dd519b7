// A page of each country's partners (FOREIGN actors of that country), in id order.
UNWIND $keys AS key
CALL (key) {
  MATCH (node:Actor {country: key})
  WHERE node.side = 'FOREIGN' AND ($after IS NULL OR node.id > $after)
  RETURN node
  ORDER BY node.id
  LIMIT $limit
}
RETURN key, node {.*} AS node
ORDER BY key, node.id
