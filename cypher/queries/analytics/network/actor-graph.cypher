// The whole actor graph (docs/analytics.md, "The actor graph") for betweenness centrality: the id of every actor
// (actors with no engagement are part of it, isolated) and every edge once, as a pair of actor
// ids [a, b] with a < b: two actors are adjacent when an engagement INVOLVES both.
RETURN COLLECT { MATCH (a:Actor) RETURN a.id } AS actorIds,
       COLLECT {
         MATCH (a:Actor)<-[:INVOLVES]-(:Engagement)-[:INVOLVES]->(b:Actor)
         WHERE a.id < b.id
         RETURN DISTINCT [a.id, b.id]
       } AS edges
