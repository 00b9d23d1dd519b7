// One page of actors in id order (keyset pagination: the cursor is the last id seen).
MATCH (node:Actor)
WHERE ($side IS NULL OR node.side = $side)
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND ($country IS NULL OR node.country = $country)
  AND ($after IS NULL OR node.id > $after)
WITH node
ORDER BY node.id
LIMIT $limit
RETURN [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
