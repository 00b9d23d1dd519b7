// The activities and projects an NGO permit review lists, by id.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node
