// v2: a permit under which a foreign NGO works, linked to its holder.
UNWIND $rows AS row
MERGE (p:Permit {id: row.props.id})
SET p += row.props, p:Entity
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
WITH p, row
// Its holder against the file's, as an activity's relations are (import/upsert-activities): kept
// when the same, else replaced.
CALL (p, row) {
  WITH p, [id IN [row.actorId] WHERE id IS NOT NULL | 'PERMIT_OF ' + id] AS wanted
  MATCH (p)-[old:PERMIT_OF]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept // one row, [] when it has none
}
CALL (p, row, kept) { MATCH (a:Actor {id: row.actorId}) WHERE NOT 'PERMIT_OF ' + a.id IN kept CREATE (p)-[:PERMIT_OF]->(a) }
