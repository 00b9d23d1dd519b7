// A plan owns its tasks: tasks no longer listed are removed with it.
UNWIND $rows AS row
MERGE (p:Plan {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET p += row.props, p:Entity
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
WITH p, row
CALL (p) { MATCH (p)-[old:ISSUED_BY|PRIORITY]->() DELETE old }
CALL (p, row) {
  MATCH (p)-[:HAS_TASK]->(t:Task)
  WHERE NOT t.id IN [task IN row.tasks | task.props.id]
  DETACH DELETE t
}
CALL (p, row) { MATCH (a:Actor {id: row.issuerId}) CREATE (p)-[:ISSUED_BY]->(a) }
CALL (p, row) { UNWIND row.priorityCountries AS code WITH DISTINCT code MATCH (c:Country {code: code}) CREATE (p)-[:PRIORITY]->(c) }
CALL (p, row) {
  UNWIND row.tasks AS task
  MERGE (t:Task {id: task.props.id})
  SET t += task.props, t:Entity
  SET t.version = coalesce(t.version, 0) + 1, t.updatedAt = $stamp.at, t.updatedBy = $stamp.by
  MERGE (p)-[:HAS_TASK]->(t)
  WITH t, task
  CALL (t) { MATCH (t)-[old:ASSIGNED_TO]->() DELETE old }
  CALL (t, task) { UNWIND task.assigneeIds AS aid WITH DISTINCT aid MATCH (a:Actor {id: aid}) CREATE (t)-[:ASSIGNED_TO]->(a) }
}
