// The tallies records may change (src/dataset/tallies.ts): an activity counts in the tallies of the
// countries of the partners it INVOLVES and of its year. The activities of a record are the
// activity itself, a partnership's activities (they involve its foreign parties), and those that
// involve an actor (its kind and country are in their tallies). Read before a write and after it:
// the tallies to build again are those of both.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n:Activity) RETURN n AS a
  UNION
  MATCH (n:Partnership)<-[:UNDER]-(a:Activity) RETURN a
  UNION
  MATCH (n:Actor)<-[:INVOLVES]-(a:Activity) RETURN a
}
WITH DISTINCT a
RETURN COLLECT { MATCH (a)-[:INVOLVES]->(p:Actor {side: 'FOREIGN'}) RETURN DISTINCT p.country } AS countries,
       a.date.year AS year
