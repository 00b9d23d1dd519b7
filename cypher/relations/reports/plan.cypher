// Report.plan: the plan reported on.
MATCH ({{parent}})-[:FOR_PLAN]->({{node}}:Plan)
WITH {{node}}
