// Wait until every index is online before the service answers queries.
CALL db.awaitIndexes(300);
