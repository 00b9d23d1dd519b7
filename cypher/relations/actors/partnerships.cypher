// Actor.partnerships: the partnerships the actor is a party of, on either side, in id order.
MATCH ({{parent}})<-[:DOMESTIC_PARTY|FOREIGN_PARTY]-({{node}}:Partnership)
WITH DISTINCT {{node}} ORDER BY {{node}}.id
