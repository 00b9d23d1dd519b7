// One page of partnerships in id order, filtered. `country`: a foreign party of that country.
// In force during a period: signed on or before its last day, not ended before its first day.
MATCH (node:Partnership)
WHERE ($kind IS NULL OR node.kind = $kind)
  AND ($country IS NULL OR EXISTS { (node)-[:FOREIGN_PARTY]->(:Actor {country: $country}) })
  AND ($domesticPartyId IS NULL OR EXISTS { (node)-[:DOMESTIC_PARTY]->(:Actor {id: $domesticPartyId}) })
  AND ($periodStart IS NULL OR (node.signedOn <= $periodEnd AND (node.endedOn IS NULL OR node.endedOn >= $periodStart)))
  AND ($after IS NULL OR node.id > $after)
WITH node
ORDER BY node.id
LIMIT $limit
RETURN [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
