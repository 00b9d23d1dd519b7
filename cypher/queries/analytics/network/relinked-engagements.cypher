// Records writes changed whose INVOLVES links were derived again (import/link-involvement), by
// Neo4j node number (what actor-engagements.cypher lists), with the actors they involve now: none
// for an archived engagement, or for a record that is not an engagement.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id(n) AS number, [(n)-[:INVOLVES]->(a:Actor) | a.id] AS actors
