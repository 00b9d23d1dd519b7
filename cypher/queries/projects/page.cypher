// One page of projects in id order, filtered. A project involves a country when one of its
// FOREIGN funders has it (docs/analytics.md, "Common rules").
MATCH (node:Project)
WHERE ($status IS NULL OR node.status = $status)
  AND ($partnershipId IS NULL OR EXISTS { (node)-[:UNDER]->(:Partnership {id: $partnershipId}) })
  AND ($country IS NULL OR EXISTS { (node)-[:FUNDED_BY]->(f:Actor {country: $country}) WHERE f.side = 'FOREIGN' })
  AND ($after IS NULL OR node.id > $after)
WITH node
ORDER BY node.id
LIMIT $limit
RETURN [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
