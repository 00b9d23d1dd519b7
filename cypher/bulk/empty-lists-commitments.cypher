// As empty-lists.cypher, for commitments (a commitment's `activityKinds: []`), which are not
// :Entity; they are few, so a scan of the label is enough.
MATCH (c:Commitment)
WHERE c.id IN $ids
SET c += $lists
