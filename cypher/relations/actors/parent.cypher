// Actor.parent: the actor this one is part of.
MATCH ({{parent}})-[:PART_OF]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
