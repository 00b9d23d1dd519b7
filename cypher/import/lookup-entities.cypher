// Type, side and kind of the given ids that already exist in the graph; an archived record
// (src/writes/archive.ts) keeps its type in archivedType. `hash`: the digest of the row the record
// was last written from (src/dataset/rows.ts, rowHash), null for a record written before digests.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, coalesce(n.archivedType, [label IN labels(n) WHERE NOT label IN ['Entity', 'Engagement']][0]) AS label,
       n.side AS side, n.kind AS kind, n:Archived AS archived, n.rowHash AS hash
