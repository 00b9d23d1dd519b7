UNWIND $rows AS row
MERGE (p:Project {id: row.props.id})
// Its properties against the file's (as upsert-actors compares them); a new one has no version.
WITH p, row, p.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(p[k] = row.props[k], p[k] IS NULL AND row.props[k] IS NULL)) AS propsChanged
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET p += row.props, p.rowHash = row.hash, p:Entity:Engagement
// Its relations against the file's, each named "TYPE endId", as an activity's are
// (import/upsert-activities): those given again stay, the others go, the missing are created.
WITH p, row, propsChanged, [id IN [row.partnershipId] WHERE id IS NOT NULL | 'UNDER ' + id] + [id IN row.funderIds | 'FUNDED_BY ' + id] +
  [id IN row.implementerIds | 'IMPLEMENTED_BY ' + id] + [id IN row.localityIds | 'LOCATED_IN ' + id] AS wanted
CALL (p, wanted) {
  MATCH (p)-[old:UNDER|FUNDED_BY|IMPLEMENTED_BY|LOCATED_IN]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
}
CALL (p, row, kept) { MATCH (ps:Partnership {id: row.partnershipId}) WHERE NOT 'UNDER ' + ps.id IN kept CREATE (p)-[:UNDER]->(ps) }
CALL (p, row, kept) {
  UNWIND row.funderIds AS aid WITH DISTINCT aid WHERE NOT 'FUNDED_BY ' + aid IN kept
  MATCH (a:Actor {id: aid}) CREATE (p)-[:FUNDED_BY]->(a)
}
CALL (p, row, kept) {
  UNWIND row.implementerIds AS aid WITH DISTINCT aid WHERE NOT 'IMPLEMENTED_BY ' + aid IN kept
  MATCH (a:Actor {id: aid}) CREATE (p)-[:IMPLEMENTED_BY]->(a)
}
CALL (p, row, kept) {
  UNWIND row.localityIds AS aid WITH DISTINCT aid WHERE NOT 'LOCATED_IN ' + aid IN kept
  MATCH (a:Actor {id: aid}) CREATE (p)-[:LOCATED_IN]->(a)
}
// `relinked`: the projects whose relations this statement deleted or created. A project whose
// properties or relations changed counts one version more, with this import's stamp (1 when new);
// one the file gives as stored keeps both.
WITH p, propsChanged, dropped > 0 OR any(name IN wanted WHERE NOT name IN kept) AS relinked
CALL (p, propsChanged, relinked) {
  WITH p WHERE propsChanged OR relinked
  SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
}
// Their actor graph the import derives again (src/dataset/write.ts, engagementsToRelink).
WITH p WHERE relinked
RETURN p.id AS changed
