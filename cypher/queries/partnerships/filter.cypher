// The partnerships a root list holds (queries/lists/ adds the order and the page). `country`: a
// foreign party of that country. In force during a period: signed on or before its last day, not
// ended before its first day. Signed or ended within a range of days, both included. `sectors`:
// any of them. The title filter reads the English and the Vietnamese title.
MATCH (node:Partnership)
WHERE ($kinds IS NULL OR node.kind IN $kinds)
  AND ($country IS NULL OR EXISTS { (node)-[:FOREIGN_PARTY]->(:Actor {country: $country}) })
  AND ($domesticPartyId IS NULL OR EXISTS { (node)-[:DOMESTIC_PARTY]->(:Actor {id: $domesticPartyId}) })
  AND ($periodStart IS NULL OR (node.signedOn <= $periodEnd AND (node.endedOn IS NULL OR node.endedOn >= $periodStart)))
  AND ($signedFrom IS NULL OR node.signedOn >= $signedFrom)
  AND ($signedTo IS NULL OR node.signedOn <= $signedTo)
  AND ($endedFrom IS NULL OR node.endedOn >= $endedFrom)
  AND ($endedTo IS NULL OR node.endedOn <= $endedTo)
  AND ($titleToken IS NULL OR toLower(node.title) CONTAINS $titleToken OR toLower(node.titleVi) CONTAINS $titleToken)
  AND ($sectors IS NULL OR any(sector IN node.sectors WHERE sector IN $sectors))
