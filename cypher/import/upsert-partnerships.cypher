UNWIND $rows AS row
MERGE (p:Partnership {id: row.props.id})
// Its properties against the file's (as upsert-actors compares them); a new one has no version.
WITH p, row, p.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(p[k] = row.props[k], p[k] IS NULL AND row.props[k] IS NULL)) AS propsChanged
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET p += row.props, p.rowHash = row.hash, p:Entity:Engagement
// Its parties against the file's, each named "TYPE actorId", as an activity's relations are
// (import/upsert-activities): those given again stay, the others go, the missing are created.
WITH p, row, propsChanged, [id IN row.domesticPartyIds | 'DOMESTIC_PARTY ' + id] + [id IN row.foreignPartyIds | 'FOREIGN_PARTY ' + id] AS wanted
CALL (p, wanted) {
  MATCH (p)-[old:DOMESTIC_PARTY|FOREIGN_PARTY]->(end)
  WITH old, type(old) + ' ' + end.id AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
}
CALL (p, row, kept) {
  UNWIND row.domesticPartyIds AS aid WITH DISTINCT aid WHERE NOT 'DOMESTIC_PARTY ' + aid IN kept
  MATCH (a:Actor {id: aid}) CREATE (p)-[:DOMESTIC_PARTY]->(a)
}
CALL (p, row, kept) {
  UNWIND row.foreignPartyIds AS aid WITH DISTINCT aid WHERE NOT 'FOREIGN_PARTY ' + aid IN kept
  MATCH (a:Actor {id: aid}) CREATE (p)-[:FOREIGN_PARTY]->(a)
}
// v2: the agreement's commitments belong to it: replaced whole by the file's, in file order, when
// they differ from the stored ones (each compared as the list of its values; `activityKinds` null,
// any kind, is not `[]`).
WITH p, row, propsChanged, wanted, kept, dropped,
  COLLECT { MATCH (p)-[:HAS_COMMITMENT]->(c:Commitment)
            RETURN [c.id, c.description, c.kind, c.target, c.perYear, c.activityKinds IS NULL, coalesce(c.activityKinds, []), c.position] } AS storedCommitments,
  [c IN row.commitments | [c.id, c.description, c.kind, c.target, c.perYear, c.activityKinds IS NULL, coalesce(c.activityKinds, []), c.position]] AS commitments
WITH p, row, propsChanged, wanted, kept, dropped,
  size(storedCommitments) <> size(commitments) OR any(c IN commitments WHERE NOT c IN storedCommitments) AS commitmentsChanged
CALL (p, commitmentsChanged) { WITH p WHERE commitmentsChanged MATCH (p)-[:HAS_COMMITMENT]->(old:Commitment) DETACH DELETE old }
CALL (p, row, commitmentsChanged) {
  WITH p, row WHERE commitmentsChanged
  UNWIND row.commitments AS c
  CREATE (p)-[:HAS_COMMITMENT]->(:Commitment {id: c.id, description: c.description, kind: c.kind, target: c.target, perYear: c.perYear, activityKinds: c.activityKinds, position: c.position})
}
// `relinked`: the partnerships whose parties this statement deleted or created. A partnership
// whose properties, parties or commitments changed counts one version more, with this import's
// stamp (1 when new); one the file gives as stored keeps both.
WITH p, propsChanged, commitmentsChanged, dropped > 0 OR any(name IN wanted WHERE NOT name IN kept) AS relinked
CALL (p, propsChanged, commitmentsChanged, relinked) {
  WITH p WHERE propsChanged OR commitmentsChanged OR relinked
  SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
}
// Their actor graph the import derives again, and that of their activities (src/dataset/write.ts,
// engagementsToRelink).
WITH p WHERE relinked
RETURN p.id AS changed
