UNWIND $keys AS key
MATCH (:Task {id: key})-[:ASSIGNED_TO]->(node:Actor)
RETURN key, node {.*} AS node
ORDER BY key, node.id
