// Partnership.reviews, by year, then review date, then id.
MATCH ({{parent}})<-[:OF]-({{node}}:Review)
WITH {{node}} ORDER BY {{node}}.year, {{node}}.reviewedOn, {{node}}.id
