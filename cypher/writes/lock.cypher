// Every write takes the graph version's node first and holds it until it commits: writes run one
// at a time, so a version read in a write is still the current one when it writes, and the tallies
// it rebuilds and the version it marks never interleave with another write's. Readers never wait.
MERGE (v:GraphVersion {id: 'graph'})
SET v.writeLock = $lock
