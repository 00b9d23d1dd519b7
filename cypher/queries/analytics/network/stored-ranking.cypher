// The graph's version, and the brokers ranking stored for that version (null when none is: the one
// stored is of another version, or there is none). See src/analytics/network/stored.ts.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
OPTIONAL MATCH (r:BrokersRanking {id: 'graph'})
RETURN v.version AS version, CASE WHEN r.version = v.version THEN r.ranking END AS ranking
