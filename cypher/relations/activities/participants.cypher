// Activity.participants, in id order.
MATCH ({{parent}})-[:PARTICIPANT]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
