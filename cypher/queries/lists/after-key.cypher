// The sort key of the item a cursor names, for a list in another order than by id; no row for an
// unknown id.
MATCH (last:Entity {id: $after})
RETURN last[$sortBy] AS key
