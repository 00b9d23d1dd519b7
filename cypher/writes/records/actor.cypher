// One stored actor as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id, kind: n.kind, side: n.side, name: n.name, nameVi: n.nameVi, country: n.country, level: n.level,
  parentId: COLLECT { MATCH (n)-[:PART_OF]->(p) RETURN p.id }[0],
  validFrom: toString(n.validFrom), validTo: toString(n.validTo),
  successorIds: COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(s) RETURN s.id ORDER BY s.id },
  website: n.website,
  contact: CASE WHEN n.contactName IS NULL AND n.contactEmail IS NULL AND n.contactPhone IS NULL THEN null
           ELSE {name: n.contactName, email: n.contactEmail, phone: n.contactPhone} END
} AS record
