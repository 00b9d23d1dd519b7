UNWIND $keys AS key
MATCH (node:Actor {id: key})
RETURN key, node {.*} AS node
