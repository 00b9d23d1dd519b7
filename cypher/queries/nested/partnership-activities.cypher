// Partnership.activities (id order) under a partnership `parent`: its first $limit activities. Same
// rows as partnerships/activities-page, read from the same index (activity_partnership_id).
MATCH (node:Activity)
WHERE node.partnershipId = parent.id AND node.id > ''
WITH node ORDER BY node.partnershipId, node.id LIMIT $limit
