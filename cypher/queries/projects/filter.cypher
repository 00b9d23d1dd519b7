// The projects a root list holds (queries/lists/ adds the order and the page). A project involves a
// country when one of its FOREIGN funders has it (docs/analytics.md, "Common rules"). `sectors`: any of
// them. The title filter reads the English and the Vietnamese title.
MATCH (node:Project)
WHERE ($statuses IS NULL OR node.status IN $statuses)
  AND ($fundingTypes IS NULL OR node.fundingType IN $fundingTypes)
  AND ($partnershipId IS NULL OR EXISTS { (node)-[:UNDER]->(:Partnership {id: $partnershipId}) })
  AND ($country IS NULL OR EXISTS { (node)-[:FUNDED_BY]->(f:Actor {country: $country}) WHERE f.side = 'FOREIGN' })
  AND ($implementerId IS NULL OR EXISTS { (node)-[:IMPLEMENTED_BY]->(:Actor {id: $implementerId}) })
  AND ($startFrom IS NULL OR node.startOn >= $startFrom)
  AND ($startTo IS NULL OR node.startOn <= $startTo)
  AND ($titleToken IS NULL OR toLower(node.title) CONTAINS $titleToken OR toLower(node.titleVi) CONTAINS $titleToken)
  AND ($sectors IS NULL OR any(sector IN node.sectors WHERE sector IN $sectors))
