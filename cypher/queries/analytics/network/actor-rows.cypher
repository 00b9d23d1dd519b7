// The rows of actor-engagements.cypher (the same list, read the same way) for the actors given:
// each that is (still) an actor, with the engagements that INVOLVE it as node numbers. An id with
// no row is no longer an actor (archived).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, [(a)<-[:INVOLVES]-(e) | id(e)] AS engagements
