// Nodes only: relations follow in link-actors, once every actor of the file exists.
UNWIND $rows AS row
MERGE (a:Actor {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET a += row.props, a:Entity
