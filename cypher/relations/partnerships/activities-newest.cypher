// Partnership.activities newest first (date descending, then id descending), a page after the
// activity {{after}}: it goes on after that activity's (date, id). Served by the composite index
// activity_partnership_date_id read backwards: range predicates on every indexed property are what
// let the planner stop after {{limit}} index entries (a hub partnership's thousands are not sorted).
OPTIONAL MATCH (last:Activity {id: {{after}}})
MATCH ({{node}}:Activity)
WHERE {{node}}.partnershipId = {{parent}}.id
  AND {{node}}.date <= coalesce(last.date, date('9999-12-31'))
  AND {{node}}.id IS NOT NULL
  AND (last IS NULL OR {{node}}.date < last.date OR ({{node}}.date = last.date AND {{node}}.id < last.id))
WITH {{node}} ORDER BY {{node}}.partnershipId DESC, {{node}}.date DESC, {{node}}.id DESC LIMIT {{limit}}
