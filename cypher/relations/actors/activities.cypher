// Actor.activities in id order: the activities the actor organised or took part in, each once (an
// organiser that also took part is matched through ORGANIZED_BY only), a page after {{after}}.
MATCH ({{parent}})<-[role:ORGANIZED_BY|PARTICIPANT]-({{node}}:Activity)
WHERE (type(role) = 'ORGANIZED_BY' OR NOT EXISTS { ({{node}})-[:ORGANIZED_BY]->({{parent}}) })
  AND {{node}}.id > coalesce({{after}}, '')
WITH {{node}} ORDER BY {{node}}.id LIMIT {{limit}}
