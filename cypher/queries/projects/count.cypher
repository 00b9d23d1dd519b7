MATCH (node:Project)
WHERE ($status IS NULL OR node.status = $status)
  AND ($partnershipId IS NULL OR EXISTS { (node)-[:UNDER]->(:Partnership {id: $partnershipId}) })
  AND ($country IS NULL OR EXISTS { (node)-[:FUNDED_BY]->(f:Actor {country: $country}) WHERE f.side = 'FOREIGN' })
RETURN count(node) AS total
