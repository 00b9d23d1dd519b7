// Plan.tasks, in id order.
MATCH ({{parent}})-[:HAS_TASK]->({{node}}:Task)
WITH {{node}} ORDER BY {{node}}.id
