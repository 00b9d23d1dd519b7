// Query.plans: every plan, in id order.
MATCH ({{node}}:Plan)
WITH {{node}} ORDER BY {{node}}.id
