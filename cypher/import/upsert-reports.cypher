UNWIND $rows AS row
MERGE (r:Report {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET r += row.props, r:Entity
SET r.version = coalesce(r.version, 0) + 1, r.updatedAt = $stamp.at, r.updatedBy = $stamp.by
WITH r, row
// Its relations against the file's, each named "TYPE endId", as an activity's are
// (import/upsert-activities): those given again stay, the others go, the missing are created.
CALL (r, row) {
  WITH r, [id IN [row.planId] WHERE id IS NOT NULL | 'FOR_PLAN ' + id] + [id IN [row.unitId] WHERE id IS NOT NULL | 'BY ' + id] AS wanted
  MATCH (r)-[old:FOR_PLAN|BY]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept // one row, [] when it has none
}
CALL (r, row, kept) { MATCH (p:Plan {id: row.planId}) WHERE NOT 'FOR_PLAN ' + p.id IN kept CREATE (r)-[:FOR_PLAN]->(p) }
CALL (r, row, kept) { MATCH (a:Actor {id: row.unitId}) WHERE NOT 'BY ' + a.id IN kept CREATE (r)-[:BY]->(a) }
