// Permit.holder: the foreign NGO the permit was issued to.
MATCH ({{parent}})-[:PERMIT_OF]->({{node}}:Actor)
WITH {{node}}
