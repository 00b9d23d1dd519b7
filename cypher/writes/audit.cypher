// One audit entry, in the transaction of the write it records. Entries are numbered in commit order
// from the graph version's node (writes hold it, see lock.cypher): the audit log reads newest first.
MERGE (v:GraphVersion {id: 'graph'})
SET v.auditSequence = coalesce(v.auditSequence, 0) + 1
CREATE (e:AuditEntry {
  sequence: v.auditSequence, at: $entry.at, userId: $entry.userId, role: $entry.role, unitId: $entry.unitId,
  operation: $entry.operation, recordType: $entry.recordType, recordId: $entry.recordId,
  before: $entry.before, after: $entry.after
})
