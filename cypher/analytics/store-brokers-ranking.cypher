// Stores the brokers ranking of graph version $version (src/analytics/network/stored.ts), replacing
// the one stored before, while that version is still the graph's: a ranking finished after the
// graph moved on is kept only by the process that computed it.
MATCH (v:GraphVersion {id: 'graph'})
WHERE v.version = $version
MERGE (r:BrokersRanking {id: 'graph'})
SET r.version = $version, r.ranking = $ranking
