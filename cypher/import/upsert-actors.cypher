// Nodes only: relations follow in link-actors, once every actor of the file exists.
UNWIND $rows AS row
MERGE (a:Actor {id: row.props.id})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET a += row.props, a:Entity
// Every record carries its version (1 when first written, +1 on every write: a write names the
// version it read, src/writes/) and who wrote it last, when.
SET a.version = coalesce(a.version, 0) + 1, a.updatedAt = $stamp.at, a.updatedBy = $stamp.by
