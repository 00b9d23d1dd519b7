UNWIND $keys AS key
MATCH (node:Plan {id: key})
RETURN key, node {.*} AS node
