// Review.reviewer: who reviewed.
MATCH ({{parent}})-[:REVIEWED_BY]->({{node}}:Actor)
WITH {{node}}
