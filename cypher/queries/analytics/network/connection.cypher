// A shortest path between two actors in the actor graph (SPEC "Network"), of at most $maxSteps
// steps (the caller checks 1..10). One step is (:Actor)<-[:INVOLVES]-(:Engagement)-[:INVOLVES]->(:Actor),
// so a path of n steps is 2n INVOLVES hops; the quantifier's literal bound, 10 steps, is the largest
// $maxSteps allowed. No row when no path exists within $maxSteps. The caller handles $fromId = $toId.
//
// Tie rule, when several shortest paths exist: the path whose list of actor ids is the smallest,
// then, among those, whose list of engagement ids is the smallest (lists compare element by
// element, ids as strings); for a fixed list of actors that is the smallest engagement id at each
// step. ALL SHORTEST yields only the paths of the shortest length; how many there are is the
// product, step by step, of the alternatives (actors and shared engagements), small in practice.
MATCH (from:Actor {id: $fromId}), (to:Actor {id: $toId})
MATCH p = ALL SHORTEST (from)((:Actor)<-[:INVOLVES]-(:Engagement)-[:INVOLVES]->(:Actor)){1,10}(to)
WHERE length(p) <= 2 * $maxSteps
WITH p, [n IN nodes(p) WHERE n:Actor | n.id] AS actorIds, [n IN nodes(p) WHERE n:Engagement | n.id] AS engagementIds
ORDER BY actorIds, engagementIds
LIMIT 1
RETURN [n IN nodes(p) WHERE n:Actor | n {.*}] AS actors,
       [e IN nodes(p) WHERE e:Engagement | e {
         .*,
         type: [label IN labels(e) WHERE label IN ['Partnership', 'Activity', 'Project', 'Membership']][0],
         memberId: [(e:Membership)-[:MEMBER]->(member:Actor) | member.id][0],
         organizationId: [(e:Membership)-[:ORGANIZATION]->(organization:Actor) | organization.id][0]
       }] AS via
