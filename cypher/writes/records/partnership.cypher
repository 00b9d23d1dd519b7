// One stored partnership as its dataset record (docs/dataset-format.md), live or archived.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id, kind: n.kind, title: n.title,
  domesticPartyIds: COLLECT { MATCH (n)-[:DOMESTIC_PARTY]->(a) RETURN a.id ORDER BY a.id },
  foreignPartyIds: COLLECT { MATCH (n)-[:FOREIGN_PARTY]->(a) RETURN a.id ORDER BY a.id },
  signedOn: toString(n.signedOn), endedOn: toString(n.endedOn), sectors: n.sectors,
  titleVi: n.titleVi, documentNumber: n.documentNumber, expiresOn: toString(n.expiresOn), termYears: n.termYears,
  renewals: CASE WHEN size(coalesce(n.renewedOn, [])) = 0 THEN null
    ELSE [i IN range(0, size(n.renewedOn) - 1) | {renewedOn: toString(n.renewedOn[i]), expiresOn: toString(n.renewalExpiresOn[i])}] END,
  reportedOn: toString(n.reportedOn),
  commitments: CASE WHEN NOT EXISTS { (n)-[:HAS_COMMITMENT]->() } THEN null ELSE COLLECT {
    MATCH (n)-[:HAS_COMMITMENT]->(c) RETURN {id: c.id, description: c.description, kind: c.kind, target: c.target, perYear: c.perYear, activityKinds: c.activityKinds}
    ORDER BY c.position } END
} AS record
