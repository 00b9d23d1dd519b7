// Partnership.activities in id order, a page after {{after}}. Served by the composite index
// activity_partnership_id (see countries/partners.cypher for the form the planner needs): a hub
// partnership's page reads {{limit}} index entries, not every activity.
MATCH ({{node}}:Activity)
WHERE {{node}}.partnershipId = {{parent}}.id AND {{node}}.id > coalesce({{after}}, '')
WITH {{node}} ORDER BY {{node}}.partnershipId, {{node}}.id LIMIT {{limit}}
