// The graph's version and the number of its last audit entry (writes/audit.cypher), read with the
// actor graph in one transaction: the brokers ranking's worker then holds the graph of this version,
// and the audit entries after this number say what changed since (src/analytics/network/actorGraph.ts).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version, coalesce(v.auditSequence, 0) AS auditSequence
