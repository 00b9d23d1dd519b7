// One stored NGO permit as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id,
  actorId: COLLECT { MATCH (n)-[:PERMIT_OF]->(a) RETURN a.id }[0],
  kind: n.kind, number: n.number, issuedOn: toString(n.issuedOn), expiresOn: toString(n.expiresOn), sectors: n.sectors
} AS record
