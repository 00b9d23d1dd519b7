UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c = row
