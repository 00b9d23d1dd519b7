// How many audit entries the filters of page.cypher match.
MATCH (e:AuditEntry)
WHERE ($recordId IS NULL OR e.recordId = $recordId)
  AND ($userId IS NULL OR e.userId = $userId)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at <= $to)
RETURN count(e) AS total
