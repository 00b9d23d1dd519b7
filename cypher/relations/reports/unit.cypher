// Report.unit: the unit that submitted the report.
MATCH ({{parent}})-[:BY]->({{node}}:Actor)
WITH {{node}}
