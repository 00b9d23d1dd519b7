// Whether the activity tallies match the graph (src/dataset/tallies.ts): only then does a write, or
// an import of a few records, bring those of its scope up to date; else coverage keeps walking the
// graph until an import builds them all again. A write reads it after taking its lock.
MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.talliedVersion = v.version, false) AS tallied
