// --replace with --transaction-size: the whole graph goes, committed every $rows nodes, so that the
// wipe of a large graph never has to fit in one transaction. Runs only in an auto-commit transaction.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $rows ROWS
