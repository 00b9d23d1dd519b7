// After a bulk import (src/dataset/bulk/): the offline importer cannot write an empty list, which
// an online import stores (a record's `sectors: []`). `$lists` maps each such key to [].
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n += $lists
