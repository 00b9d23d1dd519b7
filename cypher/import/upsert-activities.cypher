UNWIND $rows AS row
// `row.stored`: the import's lookups found the activity in the graph (an earlier import's, or one
// an interrupted run of this import wrote). Only then is there a node to update and old values and
// relations to compare with the file's; an activity they found absent is CREATEd (no MERGE, nothing
// to compare), at version 1 with this import's stamp.
CALL (row) {
  WITH row WHERE row.stored
  MATCH (a:Activity {id: row.props.id})
  SET a:Entity:Engagement
  // Its properties against the file's (as upsert-actors compares them), and the year its tallies
  // counted it in until now.
  RETURN a, NOT all(k IN keys(row.props) WHERE coalesce(a[k] = row.props[k], a[k] IS NULL AND row.props[k] IS NULL)) AS propsChanged,
         a.date.year AS oldYear
  UNION
  WITH row WHERE NOT row.stored
  CREATE (a:Activity:Entity:Engagement {id: row.props.id, version: 1, updatedAt: $stamp.at, updatedBy: $stamp.by})
  RETURN a, false AS propsChanged, null AS oldYear
}
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
// `partnershipId`: a copy of the UNDER relation's end, for the index that serves a partnership's
// activity pages.
// `rowHash`: the digest of the row (src/dataset/rows.ts): a re-import sends only rows whose digest differs.
SET a += row.props, a.partnershipId = row.partnershipId, a.rowHash = row.hash
// A stored activity's relations against the file's, each named "TYPE endId": those the file gives
// again stay (a re-import deletes and creates none of them again, which a large transaction would
// hold twice), the others go, the missing ones are created below. A new activity has none, and
// no names are built for it (a first import at M writes 500 000 of them).
WITH a, row, propsChanged, oldYear, CASE WHEN row.stored THEN
  [id IN [row.partnershipId] WHERE id IS NOT NULL | 'UNDER ' + id] + [id IN [row.taskId] WHERE id IS NOT NULL | 'SERVES ' + id] +
  [id IN row.organizerIds | 'ORGANIZED_BY ' + id] + [id IN row.participantIds | 'PARTICIPANT ' + id] END AS wanted
CALL (a, row, wanted) {
  WITH a, row, wanted WHERE row.stored
  MATCH (a)-[old:UNDER|SERVES|ORGANIZED_BY|PARTICIPANT]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
}
// CREATE, not MERGE (ids deduplicated, and those kept left out): MERGE would count a hub
// actor's degree, which in a large transaction walks every relationship added so far.
CALL (a, row, kept) { MATCH (p:Partnership {id: row.partnershipId}) WHERE NOT 'UNDER ' + p.id IN kept CREATE (a)-[:UNDER]->(p) }
// v2: the plan task the activity serves.
CALL (a, row, kept) { MATCH (t:Task {id: row.taskId}) WHERE NOT 'SERVES ' + t.id IN kept CREATE (a)-[:SERVES]->(t) }
CALL (a, row, kept) {
  UNWIND row.organizerIds AS aid WITH DISTINCT aid WHERE NOT 'ORGANIZED_BY ' + aid IN kept
  MATCH (o:Actor {id: aid}) CREATE (a)-[:ORGANIZED_BY]->(o)
}
CALL (a, row, kept) {
  UNWIND row.participantIds AS aid WITH DISTINCT aid WHERE NOT 'PARTICIPANT ' + aid IN kept
  MATCH (o:Actor {id: aid}) CREATE (a)-[:PARTICIPANT]->(o)
}
// `relinked`: the activities whose relations this statement deleted or created (a new one's are
// all created). A stored one whose properties or relations changed counts one version more, with
// this import's stamp; one the file gives as stored keeps both.
WITH a, row, propsChanged, oldYear, NOT row.stored OR dropped > 0 OR any(name IN wanted WHERE NOT name IN kept) AS relinked
CALL (a, row, propsChanged, relinked) {
  WITH a WHERE row.stored AND (propsChanged OR relinked)
  SET a.version = coalesce(a.version, 0) + 1, a.updatedAt = $stamp.at, a.updatedBy = $stamp.by
}
// `changed`: their actor graph the import derives again (src/dataset/write.ts, engagementsToRelink).
// `talliedId`: a stored activity whose values changed, with the year it counted in
// (src/dataset/tallies.ts, TallyChanges; one whose relations changed counts through `changed`).
WITH a, relinked, propsChanged, oldYear WHERE relinked OR propsChanged
RETURN CASE WHEN relinked THEN a.id END AS changed, CASE WHEN propsChanged THEN a.id END AS talliedId, oldYear AS talliedYear
