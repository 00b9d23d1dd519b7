// Actor.activities newest first (date descending, then id descending), a page after the sort key
// {{after}} = [date, id] of the last activity seen (relations/partnerships/activities-newest-after).
MATCH ({{parent}})<-[role:ORGANIZED_BY|PARTICIPANT]-({{node}}:Activity)
WHERE (type(role) = 'ORGANIZED_BY' OR NOT EXISTS { ({{node}})-[:ORGANIZED_BY]->({{parent}}) })
  AND ({{after}} IS NULL OR {{node}}.date < date({{after}}[0]) OR ({{node}}.date = date({{after}}[0]) AND {{node}}.id < {{after}}[1]))
WITH {{node}} ORDER BY {{node}}.date DESC, {{node}}.id DESC LIMIT {{limit}}
