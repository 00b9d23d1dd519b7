// Actor.country: the country of the actor's `country` code.
MATCH ({{node}}:Country {code: {{parent}}.country})
WITH {{node}}
