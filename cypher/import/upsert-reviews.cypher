UNWIND $rows AS row
MERGE (r:Review {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET r += row.props, r:Entity
SET r.version = coalesce(r.version, 0) + 1, r.updatedAt = $stamp.at, r.updatedBy = $stamp.by
WITH r, row
// Its relations against the file's, each named "TYPE endId", as an activity's are
// (import/upsert-activities): those given again stay, the others go, the missing are created.
CALL (r, row) {
  WITH r, [id IN [row.partnershipId] WHERE id IS NOT NULL | 'OF ' + id] + [id IN [row.reviewerId] WHERE id IS NOT NULL | 'REVIEWED_BY ' + id] AS wanted
  MATCH (r)-[old:OF|REVIEWED_BY]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept // one row, [] when it has none
}
CALL (r, row, kept) { MATCH (p:Partnership {id: row.partnershipId}) WHERE NOT 'OF ' + p.id IN kept CREATE (r)-[:OF]->(p) }
CALL (r, row, kept) { MATCH (a:Actor {id: row.reviewerId}) WHERE NOT 'REVIEWED_BY ' + a.id IN kept CREATE (r)-[:REVIEWED_BY]->(a) }
