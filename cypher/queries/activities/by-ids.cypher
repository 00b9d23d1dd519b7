UNWIND $keys AS key
MATCH (node:Activity {id: key})
RETURN key, node {.*} AS node
