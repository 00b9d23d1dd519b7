// A shortest path between two actors in the actor graph (docs/analytics.md, "The actor graph"), of at most $maxSteps
// steps (the caller checks 1..10). One step is (:Actor)<-[:INVOLVES]-(:Engagement)-[:INVOLVES]->(:Actor):
// INVOLVES always points from an engagement to an actor, so an undirected INVOLVES path alternates
// actors and engagements by itself, and a path of n steps is 2n hops; the literal bound, 20 hops,
// is the largest maxSteps allowed. The caller handles fromId = toId and drops a path longer than
// its maxSteps: a length predicate here would make Neo4j add an
// exhaustive variable-length search as a fallback for when the shortest path fails it.
//
// Tie rule, when several shortest paths exist: the path whose list of actor ids is the smallest,
// then, among those, whose list of engagement ids is the smallest (lists compare element by
// element, ids as strings); for a fixed list of actors that is the smallest engagement id at each
// step.
//
// Why allShortestPaths() and not the GQL form `ALL SHORTEST (from)((:Actor)<-[:INVOLVES]-…){1,10}(to)`:
// on the generated M graph (50k actors, 500k activities) the GQL form took 40–56 s even as
// SHORTEST 1 (its product-graph search tracks every hub's engagements), this one 54 ms with the
// same answer (benchmarks/method.md, "connection").
// One row: whether each actor exists (an unknown id is an error, not "no path") and the path, null
// when there is none; the caller asks only for two different ids.
OPTIONAL MATCH (from:Actor {id: $fromId})
OPTIONAL MATCH (to:Actor {id: $toId})
RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, COLLECT {
  MATCH p = allShortestPaths((from)-[:INVOLVES*..20]-(to))
  WITH p, [n IN nodes(p) WHERE n:Actor | n.id] AS actorIds, [n IN nodes(p) WHERE n:Engagement | n.id] AS engagementIds
  ORDER BY actorIds, engagementIds
  LIMIT 1
  RETURN {
    actors: [n IN nodes(p) WHERE n:Actor | n {.*}],
    via: [e IN nodes(p) WHERE e:Engagement | e {
      .*,
      type: [label IN labels(e) WHERE label IN ['Partnership', 'Activity', 'Project', 'Membership']][0],
      memberId: [(e:Membership)-[:MEMBER]->(member:Actor) | member.id][0],
      organizationId: [(e:Membership)-[:ORGANIZATION]->(organization:Actor) | organization.id][0]
    }]
  }
}[0] AS path
