// Country.partners in id order: FOREIGN actors of the country, a page after {{after}}.
// Written for the composite index actor_country_side_id: equality on country and side, a range on
// id (coalesce, not `{{after}} IS NULL OR …`, which the planner cannot turn into a seek), and an ORDER BY
// on the index's properties, so Neo4j reads the first {{limit}} entries instead of sorting every partner.
MATCH ({{node}}:Actor)
WHERE {{node}}.country = {{parent}}.code AND {{node}}.side = 'FOREIGN' AND {{node}}.id > coalesce({{after}}, '')
WITH {{node}} ORDER BY {{node}}.country, {{node}}.side, {{node}}.id LIMIT {{limit}}
