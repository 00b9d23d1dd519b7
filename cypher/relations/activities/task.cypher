// Activity.task: the plan task the activity serves, when recorded.
MATCH ({{parent}})-[:SERVES]->({{node}}:Task)
WITH {{node}}
