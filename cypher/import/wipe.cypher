// --replace: the whole graph goes, in the same transaction as the import that follows, except its
// history: the audit log and the graph version's node, which numbers its entries.
MATCH (n)
WHERE NOT n:AuditEntry AND NOT n:GraphVersion
DETACH DELETE n
