// One page of the actor graph (docs/analytics.md, "The actor graph") for the brokers ranking: the actors
// after $after in id order, at most $pageSize, each with the engagements that INVOLVE it as Neo4j's
// node numbers (numbers decode far faster than id strings; they only need to be consistent within
// the one read transaction that reads every page). Actors with no engagement are part of the graph.
// No :Engagement label on e: only live engagements have INVOLVES links (import/link-involvement;
// archiving deletes them), and checking the label reads every engagement's node record, which
// made reading the M network 1.1-1.9 times as slow.
MATCH (a:Actor)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $pageSize
RETURN a.id AS id, [(a)<-[:INVOLVES]-(e) | id(e)] AS engagements
