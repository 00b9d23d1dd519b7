// Partnership.foreignParties, in id order.
MATCH ({{parent}})-[:FOREIGN_PARTY]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
