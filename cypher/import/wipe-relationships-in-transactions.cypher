// --replace with --transaction-size, first step: every relationship goes, committed every $rows, so
// that no transaction of the wipe holds all of a hub's relationships (an actor organising many
// activities, a task many activities serve): deleted with their node, they all fall in its
// transaction, which at L exceeded the transaction memory of a 4 GiB heap. The history the wipe
// keeps (audit entries, the graph version's node) has no relationships. Runs only in an
// auto-commit transaction.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF $rows ROWS
