// The predecessors of $actorId: every actor whose successorIds chain, of any length, leads to it.
MATCH (p:Actor)-[:SUCCEEDED_BY]->+(:Actor {id: $actorId})
RETURN DISTINCT p.id AS id
ORDER BY id
