  // in id order: keyset pagination, the cursor is the last id seen
  AND ($after IS NULL OR node.id > $after)
WITH node
ORDER BY node.id
LIMIT $limit
RETURN [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
