// Actor.activities, counted: each activity once.
MATCH ({{parent}})<-[role:ORGANIZED_BY|PARTICIPANT]-({{node}}:Activity)
WHERE type(role) = 'ORGANIZED_BY' OR NOT EXISTS { ({{node}})-[:ORGANIZED_BY]->({{parent}}) }
