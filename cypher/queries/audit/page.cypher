// A page of the audit log, newest first (by the sequence that numbers entries in commit order),
// filtered by record, user and time (ISO 8601 strings compare in time order).
MATCH (e:AuditEntry)
WHERE ($recordId IS NULL OR e.recordId = $recordId)
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at <= $to)
  AND ($after IS NULL OR e.sequence < $after)
RETURN e {.*} AS entry
ORDER BY e.sequence DESC
LIMIT $limit
