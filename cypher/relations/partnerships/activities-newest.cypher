// Partnership.activities newest first (date descending, then id descending), a page after the sort
// key {{after}} = [date, id] of the last activity seen (read by activities-newest-after.cypher), or
// from the newest when it is null. Served by the composite index activity_partnership_date_id read
// backwards: with range predicates on every indexed property, all bounds parameters, Neo4j reads the
// index in order and stops after {{limit}} entries (a hub partnership's thousands are not sorted).
MATCH ({{node}}:Activity)
WHERE {{node}}.partnershipId = {{parent}}.id
  AND {{node}}.date <= coalesce(date({{after}}[0]), date('9999-12-31'))
  AND {{node}}.id IS NOT NULL
  AND ({{after}} IS NULL OR {{node}}.date < date({{after}}[0]) OR ({{node}}.date = date({{after}}[0]) AND {{node}}.id < {{after}}[1]))
WITH {{node}} ORDER BY {{node}}.partnershipId DESC, {{node}}.date DESC, {{node}}.id DESC LIMIT {{limit}}
