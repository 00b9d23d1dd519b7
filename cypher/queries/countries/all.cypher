MATCH (node:Country)
WITH node
ORDER BY node.code
RETURN [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
