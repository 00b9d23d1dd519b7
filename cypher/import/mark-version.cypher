// Marks the graph as changed: analytics cached by the service (src/analytics/common/cache.ts) are
// keyed by this version, so every import and every write makes them stale. `$tallied`: the activity
// tallies (cypher/tallies) match the graph as it now is; coverage reads them only while
// talliedVersion equals the version (queries/analytics/coverage/tallied). An import marks the graph
// at the start of its writes (not tallied) and at the end (tallied), in its own transaction when it
// has only one; a write, at its end.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = $version
SET v.talliedVersion = CASE WHEN $tallied THEN $version ELSE v.talliedVersion END
// A write's lock (writes/lock.cypher) has done its work: the transaction ends here.
REMOVE v.writeLock
