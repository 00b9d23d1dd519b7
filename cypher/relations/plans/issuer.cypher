// Plan.issuer: who issued the plan.
MATCH ({{parent}})-[:ISSUED_BY]->({{node}}:Actor)
WITH {{node}}
