// The audit entries after number $after, oldest first, at most $limit: the record each write changed,
// and the graph versions it started from and made (writes/audit.cypher), so that the caller can
// tell whether writes alone changed the graph since a version (an import breaks the chain).
MATCH (e:AuditEntry)
WHERE e.sequence > $after
RETURN e.sequence AS sequence, e.operation AS operation, e.recordType AS recordType, e.recordId AS recordId,
       e.previousGraphVersion AS previousGraphVersion, e.graphVersion AS graphVersion
ORDER BY e.sequence
LIMIT $limit
