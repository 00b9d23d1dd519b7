// The tallies now match the graph's version (run after the import's closing version mark, in the same
// transaction); queries read them only while the two are equal (queries/analytics/coverage/tallied).
MATCH (v:GraphVersion {id: 'graph'})
SET v.talliedVersion = v.version
