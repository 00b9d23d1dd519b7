// Project.funders, in id order.
MATCH ({{parent}})-[:FUNDED_BY]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
