// Plan.priorityCountries, in code order.
MATCH ({{parent}})-[:PRIORITY]->({{node}}:Country)
WITH {{node}} ORDER BY {{node}}.code
