UNWIND $rows AS row
MERGE (c:Country {code: row.code})
// `+=`, not `=`: every key is in the row (absent values as null, which removes them), and `=`
// would first remove the id, which makes every later index seek of this transaction slower.
SET c += row
