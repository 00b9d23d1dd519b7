// One stored review as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id,
  partnershipId: COLLECT { MATCH (n)-[:OF]->(p) RETURN p.id }[0],
  year: n.year, score: n.score, recommendation: n.recommendation, reviewedOn: toString(n.reviewedOn),
  reviewerId: COLLECT { MATCH (n)-[:REVIEWED_BY]->(a) RETURN a.id }[0],
  findings: n.findings
} AS record
