// --replace with --transaction-size, second step (after wipe-relationships-in-transactions): the
// whole graph goes, committed every $rows nodes, so that the wipe of a large graph never has to fit
// in one transaction, except its history: the audit log and the graph version's node, which numbers
// its entries. Runs only in an auto-commit transaction.
MATCH (n)
WHERE NOT n:AuditEntry AND NOT n:GraphVersion
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $rows ROWS
