  // by $sortBy ascending, then id: the page continues after the cursor's ($afterKey, $after)
  AND ($after IS NULL OR node[$sortBy] > $afterKey OR (node[$sortBy] = $afterKey AND node.id > $after))
WITH node
ORDER BY node[$sortBy], node.id
LIMIT $limit
RETURN [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
