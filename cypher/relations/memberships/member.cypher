// Membership.member: the member.
MATCH ({{parent}})-[:MEMBER]->({{node}}:Actor)
WITH {{node}}
