// Actor.projects, counted: each project once.
MATCH ({{parent}})<-[role:FUNDED_BY|IMPLEMENTED_BY|LOCATED_IN]-({{node}}:Project)
WHERE type(role) = 'FUNDED_BY'
   OR (type(role) = 'IMPLEMENTED_BY' AND NOT EXISTS { ({{node}})-[:FUNDED_BY]->({{parent}}) })
   OR (type(role) = 'LOCATED_IN' AND NOT EXISTS { ({{node}})-[:FUNDED_BY|IMPLEMENTED_BY]->({{parent}}) })
