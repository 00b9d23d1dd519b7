UNWIND $keys AS key
MATCH (node:Partnership {id: key})
RETURN key, node {.*} AS node
