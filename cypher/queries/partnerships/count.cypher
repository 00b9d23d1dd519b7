MATCH (node:Partnership)
WHERE ($kind IS NULL OR node.kind = $kind)
  AND ($country IS NULL OR EXISTS { (node)-[:FOREIGN_PARTY]->(:Actor {country: $country}) })
  AND ($domesticPartyId IS NULL OR EXISTS { (node)-[:DOMESTIC_PARTY]->(:Actor {id: $domesticPartyId}) })
  AND ($periodStart IS NULL OR (node.signedOn <= $periodEnd AND (node.endedOn IS NULL OR node.endedOn >= $periodStart)))
RETURN count(node) AS total
