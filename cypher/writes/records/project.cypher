// One stored project as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id, title: n.title, status: n.status, fundingType: n.fundingType,
  startOn: toString(n.startOn), endOn: toString(n.endOn),
  partnershipId: COLLECT { MATCH (n)-[:UNDER]->(p) RETURN p.id }[0],
  funderIds: COLLECT { MATCH (n)-[:FUNDED_BY]->(a) RETURN a.id ORDER BY a.id },
  implementerIds: COLLECT { MATCH (n)-[:IMPLEMENTED_BY]->(a) RETURN a.id ORDER BY a.id },
  localityIds: COLLECT { MATCH (n)-[:LOCATED_IN]->(a) RETURN a.id ORDER BY a.id },
  sectors: n.sectors, dacCode: n.dacCode,
  committed: {amount: n.committedAmount, currency: n.committedCurrency},
  disbursed: CASE WHEN n.disbursedAmount IS NULL THEN null ELSE {amount: n.disbursedAmount, currency: n.disbursedCurrency} END,
  titleVi: n.titleVi
} AS record
