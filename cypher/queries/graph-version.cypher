// The version the last import left on the graph (null before any import marked one).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version
