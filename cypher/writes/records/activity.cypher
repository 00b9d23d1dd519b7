// One stored activity as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id, kind: n.kind, title: n.title, date: toString(n.date), endDate: toString(n.endDate),
  partnershipId: COLLECT { MATCH (n)-[:UNDER]->(p) RETURN p.id }[0],
  organizerIds: COLLECT { MATCH (n)-[:ORGANIZED_BY]->(a) RETURN a.id ORDER BY a.id },
  participantIds: COLLECT { MATCH (n)-[:PARTICIPANT]->(a) RETURN a.id ORDER BY a.id },
  sectors: n.sectors,
  funds: CASE WHEN n.fundsAmount IS NULL THEN null ELSE {amount: n.fundsAmount, currency: n.fundsCurrency} END,
  outcome: n.outcome,
  titleVi: n.titleVi, venueCountry: n.venueCountry, delegationSize: n.delegationSize,
  taskId: COLLECT { MATCH (n)-[:SERVES]->(t) RETURN t.id }[0]
} AS record
