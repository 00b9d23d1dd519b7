// Membership.organization: the organisation.
MATCH ({{parent}})-[:ORGANIZATION]->({{node}}:Actor)
WITH {{node}}
