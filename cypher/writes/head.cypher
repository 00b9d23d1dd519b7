// What a write needs to know of a stored record first: its type (an archived record keeps it in
// archivedType), version, and whether it is archived, with the archive's marks. No row: there is
// no record with this id.
MATCH (n:Entity {id: $id})
RETURN coalesce(n.archivedType, [label IN labels(n) WHERE NOT label IN ['Entity', 'Engagement']][0]) AS type,
       n.version AS version, n:Archived AS archived,
       n.archivedAt AS archivedAt, n.archivedBy AS archivedBy, n.archiveReason AS archiveReason
