// Actors within $degree steps (the caller checks 1..4) of the actor in the actor graph (docs/analytics.md
// "The actor graph"), the actor itself excluded, ordered by id. INVOLVES only joins an engagement to an
// actor, so an undirected INVOLVES path alternates actor, engagement, actor…: the actors 2k hops
// away are those k steps away.
// Each branch is a breadth-first search that keeps only the distinct nodes reached (Neo4j's pruning
// var-length expand) rather than every path; a variable-length bound cannot be a parameter, hence
// one branch per allowed degree, of which only the one equal to $degree runs.
// One row: whether the actor exists (an unknown id is an error, not an empty list) and the actors,
// as the request's projection (see src/graphql/projection.ts).
OPTIONAL MATCH (start:Actor {id: $actorId})
RETURN start IS NOT NULL AS found, COLLECT {
CALL (start) {
  WITH start WHERE $degree = 1
  MATCH (start)-[:INVOLVES*..2]-(other:Actor) RETURN DISTINCT other
  UNION
  WITH start WHERE $degree = 2
  MATCH (start)-[:INVOLVES*..4]-(other:Actor) RETURN DISTINCT other
  UNION
  WITH start WHERE $degree = 3
  MATCH (start)-[:INVOLVES*..6]-(other:Actor) RETURN DISTINCT other
  UNION
  WITH start WHERE $degree = 4
  MATCH (start)-[:INVOLVES*..8]-(other:Actor) RETURN DISTINCT other
}
WITH start, other
WHERE other <> start
WITH other
ORDER BY other.id
RETURN [p IN $properties | other[p]] + [p IN $dates | toString(other[p])]
} AS actors
