MATCH (node:Actor)
WHERE ($side IS NULL OR node.side = $side)
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND ($country IS NULL OR node.country = $country)
RETURN count(node) AS total
