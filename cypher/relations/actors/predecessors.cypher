// Actor.predecessors, in id order.
MATCH ({{parent}})<-[:SUCCEEDED_BY]-({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
