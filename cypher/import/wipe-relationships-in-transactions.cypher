// --replace with --transaction-size, first step: every relationship goes, committed every $rows, so
// that no transaction of the wipe holds a dense node's relationships (at L a country or a task has
// hundreds of thousands, and deleted with their node they would all fall in one transaction). The
// history the wipe keeps (audit entries, the graph version's node) has no relationships. Runs only
// in an auto-commit transaction.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF $rows ROWS
