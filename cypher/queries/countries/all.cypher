MATCH (node:Country)
RETURN node {.*} AS node
ORDER BY node.code
