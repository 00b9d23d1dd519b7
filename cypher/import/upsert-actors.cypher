// Nodes only: relations follow in link-actors, once every actor of the file exists.
UNWIND $rows AS row
MERGE (a:Actor {id: row.props.id})
SET a = row.props, a:Entity
