// The activities a root list holds (queries/lists/ adds the order and the page). An activity involves
// a country when one of its partners has it: a FOREIGN participant, or a foreign party of its
// partnership (docs/analytics.md, "Common rules"). `venueCountry`: where it was held; `sectors`: any of
// them. The title filter reads the English and the Vietnamese title.
MATCH (node:Activity)
WHERE ($partnershipId IS NULL OR EXISTS { (node)-[:UNDER]->(:Partnership {id: $partnershipId}) })
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND ($from IS NULL OR node.date >= $from)
  AND ($to IS NULL OR node.date <= $to)
  AND ($country IS NULL
       OR EXISTS { (node)-[:PARTICIPANT]->(p:Actor {country: $country}) WHERE p.side = 'FOREIGN' }
       OR EXISTS { (node)-[:UNDER]->(:Partnership)-[:FOREIGN_PARTY]->(:Actor {country: $country}) })
  AND ($organizerId IS NULL OR EXISTS { (node)-[:ORGANIZED_BY]->(:Actor {id: $organizerId}) })
  AND ($titleToken IS NULL OR toLower(node.title) CONTAINS $titleToken OR toLower(node.titleVi) CONTAINS $titleToken)
  AND ($venueCountry IS NULL OR node.venueCountry = $venueCountry)
  AND ($taskId IS NULL OR EXISTS { (node)-[:SERVES]->(:Task {id: $taskId}) })
  AND ($sectors IS NULL OR any(sector IN node.sectors WHERE sector IN $sectors))
