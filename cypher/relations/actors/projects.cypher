// Actor.projects in id order: the projects the actor funds, implements or is a locality of, each
// once (through its first role in that order), a page after {{after}}.
MATCH ({{parent}})<-[role:FUNDED_BY|IMPLEMENTED_BY|LOCATED_IN]-({{node}}:Project)
WHERE (type(role) = 'FUNDED_BY'
       OR (type(role) = 'IMPLEMENTED_BY' AND NOT EXISTS { ({{node}})-[:FUNDED_BY]->({{parent}}) })
       OR (type(role) = 'LOCATED_IN' AND NOT EXISTS { ({{node}})-[:FUNDED_BY|IMPLEMENTED_BY]->({{parent}}) }))
  AND {{node}}.id > coalesce({{after}}, '')
WITH {{node}} ORDER BY {{node}}.id LIMIT {{limit}}
