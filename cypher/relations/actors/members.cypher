// Actor.members: memberships of other actors in this organisation, in id order.
MATCH ({{parent}})<-[:ORGANIZATION]-({{node}}:Membership)
WITH {{node}} ORDER BY {{node}}.id
