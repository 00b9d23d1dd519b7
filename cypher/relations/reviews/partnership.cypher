// Review.partnership: the partnership reviewed.
MATCH ({{parent}})-[:OF]->({{node}}:Partnership)
WITH {{node}}
