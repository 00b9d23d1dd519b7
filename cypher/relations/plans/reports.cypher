// Plan.reports, by year, then id.
MATCH ({{parent}})<-[:FOR_PLAN]-({{node}}:Report)
WITH {{node}} ORDER BY {{node}}.year, {{node}}.id
