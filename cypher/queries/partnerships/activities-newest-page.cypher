// A page of each partnership's activities, newest first: date descending, then id descending.
// The cursor is the id of the last activity seen; the page goes on after its (date, id).
// Served by the composite index activity_partnership_date_id read backwards: the range predicates
// on every indexed property and the cursor looked up once, outside the per-key subquery, are what
// let the planner stop after $limit index entries (a hub partnership's thousands are not sorted).
OPTIONAL MATCH (last:Activity {id: $after})
WITH last.date AS afterDate, last.id AS afterId
UNWIND $keys AS key
CALL (key, afterDate, afterId) {
  MATCH (node:Activity)
  WHERE node.partnershipId = key
    AND node.date <= coalesce(afterDate, date('9999-12-31'))
    AND node.id IS NOT NULL
    AND (afterId IS NULL OR node.date < afterDate OR (node.date = afterDate AND node.id < afterId))
  RETURN node
  ORDER BY node.partnershipId DESC, node.date DESC, node.id DESC
  LIMIT $limit
}
WITH key, node
ORDER BY key, node.date DESC, node.id DESC
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
