// Restores an archived record: its type's label back (and :Engagement for the kinds that tie
// actors together), the archive's marks gone. Its INVOLVES links are derived again by the caller.
MATCH (n:Archived {id: $id})
WITH n, n.archivedType AS type
FOREACH (_ IN CASE WHEN type = 'Actor' THEN [1] ELSE [] END | SET n:Actor)
FOREACH (_ IN CASE WHEN type = 'Partnership' THEN [1] ELSE [] END | SET n:Partnership:Engagement)
FOREACH (_ IN CASE WHEN type = 'Activity' THEN [1] ELSE [] END | SET n:Activity:Engagement)
FOREACH (_ IN CASE WHEN type = 'Project' THEN [1] ELSE [] END | SET n:Project:Engagement)
FOREACH (_ IN CASE WHEN type = 'Review' THEN [1] ELSE [] END | SET n:Review)
FOREACH (_ IN CASE WHEN type = 'Report' THEN [1] ELSE [] END | SET n:Report)
FOREACH (_ IN CASE WHEN type = 'Plan' THEN [1] ELSE [] END | SET n:Plan)
FOREACH (_ IN CASE WHEN type = 'Task' THEN [1] ELSE [] END | SET n:Task)
FOREACH (_ IN CASE WHEN type = 'Permit' THEN [1] ELSE [] END | SET n:Permit)
REMOVE n:Archived, n.archivedType, n.archivedAt, n.archivedBy, n.archiveReason
SET n.version = n.version + 1, n.updatedAt = $stamp.at, n.updatedBy = $stamp.by
