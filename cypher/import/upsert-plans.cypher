// A plan owns its tasks: tasks no longer listed are removed with it.
UNWIND $rows AS row
MERGE (p:Plan {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET p += row.props, p:Entity
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
WITH p, row
// Its relations (and each task's below) against the file's, each named "TYPE endKey" (a
// country's key is its code), as an activity's are (import/upsert-activities): those given again
// stay, the others go, the missing are created.
CALL (p, row) {
  WITH p, [id IN [row.issuerId] WHERE id IS NOT NULL | 'ISSUED_BY ' + id] + [code IN row.priorityCountries | 'PRIORITY ' + code] AS wanted
  MATCH (p)-[old:ISSUED_BY|PRIORITY]->(end)
  WITH old, type(old) + ' ' + coalesce(end.id, end.code) AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept // one row, [] when it has none
}
CALL (p, row) {
  MATCH (p)-[:HAS_TASK]->(t:Task)
  WHERE NOT t.id IN [task IN row.tasks | task.props.id]
  DETACH DELETE t
}
CALL (p, row, kept) { MATCH (a:Actor {id: row.issuerId}) WHERE NOT 'ISSUED_BY ' + a.id IN kept CREATE (p)-[:ISSUED_BY]->(a) }
CALL (p, row, kept) {
  UNWIND row.priorityCountries AS code WITH DISTINCT code WHERE NOT 'PRIORITY ' + code IN kept
  MATCH (c:Country {code: code}) CREATE (p)-[:PRIORITY]->(c)
}
CALL (p, row) {
  UNWIND row.tasks AS task
  MERGE (t:Task {id: task.props.id})
  SET t += task.props, t:Entity
  SET t.version = coalesce(t.version, 0) + 1, t.updatedAt = $stamp.at, t.updatedBy = $stamp.by
  MERGE (p)-[:HAS_TASK]->(t)
  WITH t, task
  CALL (t, task) {
    WITH t, [id IN task.assigneeIds | 'ASSIGNED_TO ' + id] AS wanted
    MATCH (t)-[old:ASSIGNED_TO]->(end)
    WITH old, type(old) + ' ' + end.id AS name, wanted
    CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
    RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept // one row, [] when it has none
  }
  CALL (t, task, kept) {
    UNWIND task.assigneeIds AS aid WITH DISTINCT aid WHERE NOT 'ASSIGNED_TO ' + aid IN kept
    MATCH (a:Actor {id: aid}) CREATE (t)-[:ASSIGNED_TO]->(a)
  }
}
