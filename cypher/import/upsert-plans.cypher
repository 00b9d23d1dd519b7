// A plan owns its tasks: tasks no longer listed are removed with it.
UNWIND $rows AS row
MERGE (p:Plan {id: row.props.id})
// Its properties against the file's (as upsert-actors compares them; a new one has no version),
// and its tasks: a task listed or no longer listed is a change of the plan.
WITH p, row, p.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(p[k] = row.props[k], p[k] IS NULL AND row.props[k] IS NULL)) AS propsChanged,
  COLLECT { MATCH (p)-[:HAS_TASK]->(t:Task) RETURN t.id } AS storedTaskIds, [task IN row.tasks | task.props.id] AS taskIds
WITH p, row, propsChanged OR size(storedTaskIds) <> size(taskIds) OR any(id IN taskIds WHERE NOT id IN storedTaskIds) AS ownChanged
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET p += row.props, p.rowHash = row.hash, p:Entity
// Its relations (and each task's below) against the file's, each named "TYPE endKey" (a
// country's key is its code), as an activity's are (import/upsert-activities): those given again
// stay, the others go, the missing are created.
WITH p, row, ownChanged, [id IN [row.issuerId] WHERE id IS NOT NULL | 'ISSUED_BY ' + id] + [code IN row.priorityCountries | 'PRIORITY ' + code] AS wanted
CALL (p, wanted) {
  MATCH (p)-[old:ISSUED_BY|PRIORITY]->(end)
  WITH old, type(old) + ' ' + coalesce(end.id, end.code) AS name, wanted
  CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
  // One row, [] and 0 when it has none.
  RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
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
// Each task is a record of its own, with its own version: compared as the plan is.
CALL (p, row) {
  UNWIND row.tasks AS task
  MERGE (t:Task {id: task.props.id})
  WITH p, t, task, t.version IS NULL OR NOT all(k IN keys(task.props) WHERE coalesce(t[k] = task.props[k], t[k] IS NULL AND task.props[k] IS NULL)) AS propsChanged
  SET t += task.props, t:Entity
  MERGE (p)-[:HAS_TASK]->(t)
  WITH t, task, propsChanged, [id IN task.assigneeIds | 'ASSIGNED_TO ' + id] AS wanted
  CALL (t, wanted) {
    MATCH (t)-[old:ASSIGNED_TO]->(end)
    WITH old, type(old) + ' ' + end.id AS name, wanted
    CALL (old, name, wanted) { WITH old WHERE NOT name IN wanted DELETE old }
    // One row, [] and 0 when it has none.
    RETURN collect(CASE WHEN name IN wanted THEN name END) AS kept, count(CASE WHEN NOT name IN wanted THEN 1 END) AS dropped
  }
  CALL (t, task, kept) {
    UNWIND task.assigneeIds AS aid WITH DISTINCT aid WHERE NOT 'ASSIGNED_TO ' + aid IN kept
    MATCH (a:Actor {id: aid}) CREATE (t)-[:ASSIGNED_TO]->(a)
  }
  WITH t, propsChanged OR dropped > 0 OR any(name IN wanted WHERE NOT name IN kept) AS changed
  WITH t WHERE changed
  SET t.version = coalesce(t.version, 0) + 1, t.updatedAt = $stamp.at, t.updatedBy = $stamp.by
}
// A plan whose properties, relations or list of tasks changed counts one version more, with this
// import's stamp (1 when new); one the file gives as stored keeps both.
WITH p, ownChanged OR dropped > 0 OR any(name IN wanted WHERE NOT name IN kept) AS changed
WITH p WHERE changed
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
