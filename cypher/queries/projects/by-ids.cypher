UNWIND $keys AS key
MATCH (node:Project {id: key})
RETURN key, node {.*} AS node
