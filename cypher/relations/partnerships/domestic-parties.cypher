// Partnership.domesticParties, in id order.
MATCH ({{parent}})-[:DOMESTIC_PARTY]->({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
