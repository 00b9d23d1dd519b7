// The file is the truth for an actor's own relations: old ones are replaced.
UNWIND $rows AS row
MATCH (a:Actor {id: row.props.id})
CALL (a) { MATCH (a)-[old:IN_COUNTRY|PART_OF|SUCCEEDED_BY]->() DELETE old }
CALL (a, row) { MATCH (c:Country {code: row.props.country}) MERGE (a)-[:IN_COUNTRY]->(c) }
CALL (a, row) { MATCH (parent:Actor {id: row.parentId}) MERGE (a)-[:PART_OF]->(parent) }
CALL (a, row) { UNWIND row.successorIds AS sid MATCH (s:Actor {id: sid}) MERGE (a)-[:SUCCEEDED_BY]->(s) }
