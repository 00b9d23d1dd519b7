// Archived records this one refers to (up to 10): while there are any, it cannot be restored.
MATCH (n:Entity {id: $id})-[r]->(m:Archived)
WHERE type(r) <> 'INVOLVES'
RETURN DISTINCT m.id AS id
ORDER BY id
LIMIT 10
