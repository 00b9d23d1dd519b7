MATCH (node:Plan)
RETURN node {.*} AS node
ORDER BY node.id
