// Activity.organizers, in id order.
MATCH ({{parent}})-[:ORGANIZED_BY]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
