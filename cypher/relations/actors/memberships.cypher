// Actor.memberships: the actor's memberships of organisations, in id order.
MATCH ({{parent}})<-[:MEMBER]-({{node}}:Membership)
WITH {{node}} ORDER BY {{node}}.id
