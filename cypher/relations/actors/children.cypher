// Actor.children: actors that are part of this one, in id order.
MATCH ({{parent}})<-[:PART_OF]-({{node}}:Actor)
WITH {{node}} ORDER BY {{node}}.id
