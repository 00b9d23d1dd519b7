// One audit entry, in the transaction of the write it records. Entries are numbered in commit order
// from the graph version's node (writes hold it, see lock.cypher): the audit log reads newest first.
// A write's entry also keeps the graph version it started from and the one it made (marked just
// before): a chain of entries with no gap says that only those writes changed the graph between
// two versions (src/analytics/network/actorGraph.ts). An import's entry has neither: nothing can
// be caught up with from it.
MERGE (v:GraphVersion {id: 'graph'})
SET v.auditSequence = coalesce(v.auditSequence, 0) + 1
CREATE (e:AuditEntry {
  sequence: v.auditSequence, at: $entry.at, userId: $entry.userId, role: $entry.role, unitId: $entry.unitId,
  operation: $entry.operation, recordType: $entry.recordType, recordId: $entry.recordId,
  before: $entry.before, after: $entry.after,
  previousGraphVersion: $entry.previousGraphVersion,
  graphVersion: CASE WHEN $entry.previousGraphVersion IS NOT NULL THEN v.version END
})
