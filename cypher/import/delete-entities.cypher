// --replace in one transaction, before the writes: stored records whose id the file gives to
// another type of record, or archived ones (src/dataset/write.ts, replaceInTransaction).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
