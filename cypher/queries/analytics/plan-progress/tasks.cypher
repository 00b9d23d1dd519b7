// planProgress (docs/analytics.md, "Plan progress"): for every task of plan $planId, the activities
// that serve it (SERVES) dated in the year $start..$end, their kinds, and which of the task's
// assignees organised at least one of them. By task id; lists by id.
MATCH (:Plan {id: $planId})-[:HAS_TASK]->(t:Task)
CALL (t) {
  OPTIONAL MATCH (t)<-[:SERVES]-(a:Activity)
  WHERE $start <= a.date <= $end
  RETURN collect(a.kind) AS kinds, collect(a) AS activities
}
RETURN t {.*} AS task, kinds,
       COLLECT {
         MATCH (t)-[:ASSIGNED_TO]->(u:Actor)
         RETURN u {.*, organised: any(a IN activities WHERE EXISTS { (a)-[:ORGANIZED_BY]->(u) })} AS assignee ORDER BY u.id
       } AS assignees
ORDER BY task.id
