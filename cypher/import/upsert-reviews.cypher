UNWIND $rows AS row
MERGE (r:Review {id: row.props.id})
// Its properties against the file's (as upsert-actors compares them); a new one has no version.
WITH r, row, r.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(r[k] = row.props[k], r[k] IS NULL AND row.props[k] IS NULL)) AS propsChanged
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET r += row.props, r.rowHash = row.hash, r:Entity
// Its relations against the file's, each named "TYPE endId", as an activity's are
// (import/upsert-activities): those given again stay, the others go, the missing are created.
WITH r, row, propsChanged, [id IN [row.partnershipId] WHERE id IS NOT NULL | 'OF ' + id] + [id IN [row.reviewerId] WHERE id IS NOT NULL | 'REVIEWED_BY ' + id] AS wanted
CALL (r, wanted) {
  MATCH (r)-[old:OF|REVIEWED_BY]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
}
CALL (r, row, kept) { MATCH (p:Partnership {id: row.partnershipId}) WHERE NOT 'OF ' + p.id IN kept CREATE (r)-[:OF]->(p) }
CALL (r, row, kept) { MATCH (a:Actor {id: row.reviewerId}) WHERE NOT 'REVIEWED_BY ' + a.id IN kept CREATE (r)-[:REVIEWED_BY]->(a) }
// A review whose properties or relations changed counts one version more, with this import's
// stamp (1 when new); one the file gives as stored keeps both.
WITH r, propsChanged OR dropped > 0 OR any(name IN wanted WHERE NOT name IN kept) AS changed
WITH r WHERE changed
SET r.version = coalesce(r.version, 0) + 1, r.updatedAt = $stamp.at, r.updatedBy = $stamp.by
