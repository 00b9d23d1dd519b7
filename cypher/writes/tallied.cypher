// Whether the activity tallies match the graph before this write (read after the lock): only then
// does the write bring them up to date, else coverage keeps walking the graph until the next import.
MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.talliedVersion = v.version, false) AS tallied
