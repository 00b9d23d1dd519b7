// A page of each partnership's activities, in id order.
// Served by the composite index activity_partnership_id (see countries/partners-page.cypher for the
// form the planner needs): a hub partnership's page reads $limit index entries, not every activity.
UNWIND $keys AS key
CALL (key) {
  MATCH (node:Activity)
  WHERE node.partnershipId = key AND node.id > coalesce($after, '')
  RETURN node
  ORDER BY node.partnershipId, node.id
  LIMIT $limit
}
WITH key, node
ORDER BY key, node.id
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
