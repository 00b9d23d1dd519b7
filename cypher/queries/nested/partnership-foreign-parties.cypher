// Partnership.foreignParties under a partnership `parent`, in id order (as partnerships/foreign-parties).
MATCH (parent)-[:FOREIGN_PARTY]->(node:Actor)
WITH node ORDER BY node.id
