// Actor.permits: the permits issued to the actor (a foreign NGO), oldest first, ties by id.
MATCH ({{parent}})<-[:PERMIT_OF]-({{node}}:Permit)
WITH {{node}} ORDER BY {{node}}.issuedOn, {{node}}.id
