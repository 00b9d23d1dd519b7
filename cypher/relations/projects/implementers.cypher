// Project.implementers, in id order.
MATCH ({{parent}})-[:IMPLEMENTED_BY]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
