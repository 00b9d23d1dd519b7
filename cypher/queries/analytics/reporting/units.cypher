// Every DOMESTIC unit assigned to at least one task of the plan, with the first report it submitted
// for the plan and the year (null when none). Ordered by unit id.
MATCH (plan:Plan {id: $planId})-[:HAS_TASK]->(:Task)-[:ASSIGNED_TO]->(unit:Actor)
WHERE unit.side = 'DOMESTIC'
WITH DISTINCT plan, unit
RETURN unit {.*} AS unit,
       COLLECT {
         MATCH (plan)<-[:FOR_PLAN]-(report:Report)-[:BY]->(unit)
         WHERE report.year = $year
         RETURN report.submittedOn AS submittedOn
         ORDER BY submittedOn
         LIMIT 1
       }[0] AS firstSubmittedOn
ORDER BY unit.id
