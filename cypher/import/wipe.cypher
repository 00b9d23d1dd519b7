// --replace: the whole graph goes, in the same transaction as the import that follows.
MATCH (n)
DETACH DELETE n
