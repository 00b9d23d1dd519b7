// Nodes only: relations follow in link-actors, once every actor of the file exists.
UNWIND $rows AS row
MERGE (a:Actor {id: row.props.id})
// Every record carries its version (1 when first written, +1 on every change: a write names the
// version it read, src/writes/) and who changed it last, when. A record the file gives as stored
// (every property equal; `coalesce`: a property absent on one side makes `=` null) is left as it
// is, its version and stamp included: a re-import of the same file changes nothing.
WITH a, row WHERE a.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(a[k] = row.props[k], a[k] IS NULL AND row.props[k] IS NULL))
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET a += row.props, a:Entity
SET a.version = coalesce(a.version, 0) + 1, a.updatedAt = $stamp.at, a.updatedBy = $stamp.by
