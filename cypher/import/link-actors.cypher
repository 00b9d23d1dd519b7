// The file is the truth for an actor's own relations: old ones are replaced.
UNWIND $rows AS row
MATCH (a:Actor {id: row.props.id})
CALL (a) { MATCH (a)-[old:IN_COUNTRY|PART_OF|SUCCEEDED_BY]->() DELETE old }
CALL (a, row) { MATCH (c:Country {code: row.props.country}) CREATE (a)-[:IN_COUNTRY]->(c) }
CALL (a, row) { MATCH (parent:Actor {id: row.parentId}) CREATE (a)-[:PART_OF]->(parent) }
CALL (a, row) { UNWIND row.successorIds AS sid WITH DISTINCT sid MATCH (s:Actor {id: sid}) CREATE (a)-[:SUCCEEDED_BY]->(s) }
