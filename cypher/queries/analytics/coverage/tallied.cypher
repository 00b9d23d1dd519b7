// Whether the activity tallies (cypher/tallies) were built for the graph as it is: true only
// when the last import to mark the graph's version also built them.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v IS NOT NULL AND v.talliedVersion = v.version AS tallied
