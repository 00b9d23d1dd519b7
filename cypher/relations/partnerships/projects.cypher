// Partnership.projects, in id order.
MATCH ({{parent}})<-[:UNDER]-({{node}}:Project)
WITH {{node}} ORDER BY {{node}}.id
