// v2: a permit under which a foreign NGO works, linked to its holder.
UNWIND $rows AS row
MERGE (p:Permit {id: row.props.id})
// Its properties against the file's (as upsert-actors compares them); a new one has no version.
WITH p, row, p.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(p[k] = row.props[k], p[k] IS NULL AND row.props[k] IS NULL)) AS propsChanged
SET p += row.props, p.rowHash = row.hash, p:Entity
// Its holder against the file's, as an activity's relations are (import/upsert-activities): kept
// when the same, else replaced.
WITH p, row, propsChanged, [id IN [row.actorId] WHERE id IS NOT NULL | 'PERMIT_OF ' + id] AS wanted
CALL (p, wanted) {
  MATCH (p)-[old:PERMIT_OF]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
}
CALL (p, row, kept) { MATCH (a:Actor {id: row.actorId}) WHERE NOT 'PERMIT_OF ' + a.id IN kept CREATE (p)-[:PERMIT_OF]->(a) }
// A permit whose properties or holder changed counts one version more, with this import's stamp
// (1 when new); one the file gives as stored keeps both.
WITH p, propsChanged OR dropped > 0 OR any(name IN wanted WHERE NOT name IN kept) AS changed
WITH p WHERE changed
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
