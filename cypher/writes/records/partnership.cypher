// One stored partnership as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id, kind: n.kind, title: n.title,
  domesticPartyIds: COLLECT { MATCH (n)-[:DOMESTIC_PARTY]->(a) RETURN a.id ORDER BY a.id },
  foreignPartyIds: COLLECT { MATCH (n)-[:FOREIGN_PARTY]->(a) RETURN a.id ORDER BY a.id },
  signedOn: toString(n.signedOn), endedOn: toString(n.endedOn), sectors: n.sectors
} AS record
