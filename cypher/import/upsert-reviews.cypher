UNWIND $rows AS row
MERGE (r:Review {id: row.props.id})
SET r = row.props, r:Entity
WITH r, row
CALL (r) { MATCH (r)-[old:OF|REVIEWED_BY]->() DELETE old }
CALL (r, row) { MATCH (p:Partnership {id: row.partnershipId}) MERGE (r)-[:OF]->(p) }
CALL (r, row) { MATCH (a:Actor {id: row.reviewerId}) MERGE (r)-[:REVIEWED_BY]->(a) }
