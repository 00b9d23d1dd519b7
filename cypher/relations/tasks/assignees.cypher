// Task.assignees, in id order.
MATCH ({{parent}})-[:ASSIGNED_TO]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
