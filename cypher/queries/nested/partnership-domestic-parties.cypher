// Partnership.domesticParties under a partnership `parent`, in id order (as partnerships/domestic-parties).
MATCH (parent)-[:DOMESTIC_PARTY]->(node:Actor)
WITH node ORDER BY node.id
