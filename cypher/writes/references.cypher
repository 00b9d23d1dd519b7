// Live records that refer to this one (up to 10): while there are any, it cannot be archived.
// INVOLVES is derived (it goes with its engagement) and a plan's HAS_TASK is the plan's own.
MATCH (n:Entity {id: $id})<-[r]-(m)
WHERE NOT type(r) IN ['INVOLVES', 'HAS_TASK'] AND (m:Entity OR m:Membership) AND NOT m:Archived
RETURN DISTINCT m.id AS id
ORDER BY id
LIMIT 10
