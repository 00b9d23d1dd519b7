// v2: a permit under which a foreign NGO works, linked to its holder.
UNWIND $rows AS row
MERGE (p:Permit {id: row.props.id})
SET p += row.props, p:Entity
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $stamp.at, p.updatedBy = $stamp.by
WITH p, row
CALL (p) { MATCH (p)-[old:PERMIT_OF]->() DELETE old }
CALL (p, row) { MATCH (a:Actor {id: row.actorId}) CREATE (p)-[:PERMIT_OF]->(a) }
