// Marks the graph as changed: analytics cached by the service (src/analytics/common/cache.ts) are
// keyed by this version, so every import makes them stale. Run at the start and at the end of an
// import's writes (in the import's own transaction when it has only one).
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = $version
