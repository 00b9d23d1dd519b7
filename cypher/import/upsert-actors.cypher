// Nodes only: relations follow in link-actors, once every actor of the file exists.
UNWIND $rows AS row
MERGE (a:Actor {id: row.props.id})
// Every record carries its version (1 when first written, +1 on every change: a write names the
// version it read, src/writes/) and who changed it last, when. A record the file gives as stored
// (every property equal; `coalesce`: a property absent on one side makes `=` null) is left as it
// is, its version and stamp included: a re-import of the same file changes nothing.
WITH a, row WHERE a.version IS NULL OR NOT all(k IN keys(row.props) WHERE coalesce(a[k] = row.props[k], a[k] IS NULL AND row.props[k] IS NULL))
// A stored actor's country, kind and side are in the activity tallies of its activities: when one of
// them changes, its id and the country it counted in until now (src/dataset/tallies.ts, TallyChanges).
WITH a, row, a.version IS NOT NULL AND (a.country <> row.props.country OR a.kind <> row.props.kind OR a.side <> row.props.side) AS tallied,
     a.country AS oldCountry
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET a += row.props, a:Entity
SET a.version = coalesce(a.version, 0) + 1, a.updatedAt = $stamp.at, a.updatedBy = $stamp.by
WITH a, oldCountry WHERE tallied
RETURN a.id AS talliedId, oldCountry AS talliedCountry
