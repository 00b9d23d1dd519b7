// Archives a record (docs/writes.md, "Archive"): it loses its type's label, so that every list,
// count, filter, search, analytic and path, all of which match by label, leaves it out as if it were
// deleted, and its derived INVOLVES links, so that no path runs through it. It keeps its id (under
// :Entity), its own relations and its values, and its type in archivedType.
MATCH (n:Entity {id: $id})
CALL (n) { MATCH (n)-[r:INVOLVES]->() DELETE r }
SET n:Archived, n.archivedType = $type, n.archivedAt = $stamp.at, n.archivedBy = $stamp.by, n.archiveReason = $reason,
    n.version = n.version + 1, n.updatedAt = $stamp.at, n.updatedBy = $stamp.by
REMOVE n:Actor:Partnership:Activity:Project:Review:Report:Plan:Task:Permit:Engagement
