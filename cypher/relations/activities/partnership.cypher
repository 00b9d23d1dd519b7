// Activity.partnership: the partnership the activity was carried out under.
MATCH ({{parent}})-[:UNDER]->({{node}}:Partnership)
WITH {{node}}
