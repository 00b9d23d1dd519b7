// Type, side and kind of the given ids that already exist in the graph.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.side AS side, n.kind AS kind
