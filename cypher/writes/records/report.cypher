// One stored report as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id,
  planId: COLLECT { MATCH (n)-[:FOR_PLAN]->(p) RETURN p.id }[0],
  unitId: COLLECT { MATCH (n)-[:BY]->(a) RETURN a.id }[0],
  year: n.year, submittedOn: toString(n.submittedOn), summary: n.summary
} AS record
