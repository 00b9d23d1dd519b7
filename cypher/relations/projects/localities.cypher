// Project.localities, in id order.
MATCH ({{parent}})-[:LOCATED_IN]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
