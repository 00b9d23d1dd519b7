// One stored record's own properties, for types without a reader of their own (plans, tasks).
MATCH (n:Entity {id: $id})
RETURN properties(n) AS record
