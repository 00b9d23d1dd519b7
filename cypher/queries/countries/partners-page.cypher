// A page of each country's partners (FOREIGN actors of that country), in id order.
// Written for the composite index actor_country_side_id: equality on country and side, a range on
// id (coalesce, not `$after IS NULL OR …`, which the planner cannot turn into a seek), and an ORDER BY
// on the index's properties, so Neo4j reads the first $limit entries instead of sorting every partner.
UNWIND $keys AS key
CALL (key) {
  MATCH (node:Actor)
  WHERE node.country = key AND node.side = 'FOREIGN' AND node.id > coalesce($after, '')
  RETURN node
  ORDER BY node.country, node.side, node.id
  LIMIT $limit
}
WITH key, node
ORDER BY key, node.id
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
