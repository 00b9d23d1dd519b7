// Project.partnership: the partnership the project belongs to.
MATCH ({{parent}})-[:UNDER]->({{node}}:Partnership)
WITH {{node}}
