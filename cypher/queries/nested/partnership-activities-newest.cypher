// Partnership.activities (newest first) under a partnership `parent`: its last $limit activities by
// date, then id. Same rows as partnerships/activities-newest-page, read backwards from the same
// index (activity_partnership_date_id).
MATCH (node:Activity)
WHERE node.partnershipId = parent.id AND node.date <= date('9999-12-31') AND node.id IS NOT NULL
WITH node ORDER BY node.partnershipId DESC, node.date DESC, node.id DESC LIMIT $limit
