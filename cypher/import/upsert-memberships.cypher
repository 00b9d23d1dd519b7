// A membership is a node keyed by its synthetic id (member, organisation and start date).
UNWIND $rows AS row
MATCH (m:Actor {id: row.memberId}), (o:Actor {id: row.organizationId})
MERGE (ms:Membership {id: row.props.id})
// Its properties against the file's (as upsert-actors compares them); a new one has no version.
WITH ms, m, o, row, ms.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(ms[k] = row.props[k], ms[k] IS NULL AND row.props[k] IS NULL)) AS propsChanged
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET ms += row.props, ms:Engagement
WITH ms, m, o, propsChanged
// Its two relations against the file's, as an activity's are (import/upsert-activities): those
// given again stay, the others go, the missing are created.
CALL (ms, m, o) {
  MATCH (ms)-[old:MEMBER|ORGANIZATION]->(end)
  WITH old, (old:MEMBER AND end = m) OR (old:ORGANIZATION AND end = o) AS wanted
  CALL (old, wanted) { WITH old WHERE NOT wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN wanted THEN type(old) END) AS kept, count(CASE WHEN NOT wanted THEN 1 END) AS dropped
}
CALL (ms, m, kept) { WITH ms, m WHERE NOT 'MEMBER' IN kept CREATE (ms)-[:MEMBER]->(m) }
CALL (ms, o, kept) { WITH ms, o WHERE NOT 'ORGANIZATION' IN kept CREATE (ms)-[:ORGANIZATION]->(o) }
// `relinked`: the memberships whose relations this statement deleted or created. One whose
// properties or relations changed counts one version more, with this import's stamp (1 when new);
// one the file gives as stored keeps both.
WITH ms, propsChanged, dropped > 0 OR NOT 'MEMBER' IN kept OR NOT 'ORGANIZATION' IN kept AS relinked
CALL (ms, propsChanged, relinked) {
  WITH ms WHERE propsChanged OR relinked
  SET ms.version = coalesce(ms.version, 0) + 1, ms.updatedAt = $stamp.at, ms.updatedBy = $stamp.by
}
// Their actor graph the import derives again (src/dataset/write.ts, engagementsToRelink).
WITH ms WHERE relinked
RETURN ms.id AS changed
