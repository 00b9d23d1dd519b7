UNWIND $keys AS key
MATCH (node:Country {code: key})
RETURN key, node {.*} AS node
