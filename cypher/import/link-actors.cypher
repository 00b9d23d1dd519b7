// The file is the truth for an actor's own relations. They are compared with the file's, each
// named "TYPE endKey" (a country's key is its code), as an activity's are
// (import/upsert-activities): those given again stay, the others go, the missing are created.
UNWIND $rows AS row
MATCH (a:Actor {id: row.props.id})
// The digest of the row (src/dataset/rows.ts, rowHash): a re-import sends only rows whose digest
// differs. Set here, the actor's last statement, not in upsert-actors: a batched import stopped
// between the two must send the row again, for its relations.
SET a.rowHash = row.hash
WITH a, row, [code IN [row.props.country] WHERE code IS NOT NULL | 'IN_COUNTRY ' + code] +
  [id IN [row.parentId] WHERE id IS NOT NULL | 'PART_OF ' + id] + [id IN row.successorIds | 'SUCCEEDED_BY ' + id] AS wanted
CALL (a, wanted) {
  MATCH (a)-[old:IN_COUNTRY|PART_OF|SUCCEEDED_BY]->(end)
  WITH old, type(old) + ' ' + coalesce(end.id, end.code) AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
}
CALL (a, row, kept) { MATCH (c:Country {code: row.props.country}) WHERE NOT 'IN_COUNTRY ' + c.code IN kept CREATE (a)-[:IN_COUNTRY]->(c) }
CALL (a, row, kept) { MATCH (parent:Actor {id: row.parentId}) WHERE NOT 'PART_OF ' + parent.id IN kept CREATE (a)-[:PART_OF]->(parent) }
CALL (a, row, kept) {
  UNWIND row.successorIds AS sid WITH DISTINCT sid WHERE NOT 'SUCCEEDED_BY ' + sid IN kept
  MATCH (s:Actor {id: sid}) CREATE (a)-[:SUCCEEDED_BY]->(s)
}
// A relation changed is a change of the actor: its version goes up, unless upsert-actors already
// raised it in this import (its properties changed too: the stamp is this import's).
WITH a, kept, dropped, wanted
WITH a WHERE (dropped > 0 OR any(name IN wanted WHERE NOT name IN kept)) AND NOT coalesce(a.updatedAt = $stamp.at AND a.updatedBy = $stamp.by, false)
SET a.version = coalesce(a.version, 0) + 1, a.updatedAt = $stamp.at, a.updatedBy = $stamp.by
