// ngoPermits (docs/analytics.md, "NGO permits"): every foreign NGO with a permit, or with an
// engagement dated on or before $asOf: the activities where it is a partner (a FOREIGN participant,
// or a foreign party of the activity's partnership) and the projects it funds or implements, each
// with its day (the activity's date, the project's startOn). Cover and status are derived in the service.
// Days go out as YYYY-MM-DD text, as the service compares them: decoding some 140 000 driver dates
// cost the service more than the query at scale M.
MATCH (ngo:Actor {kind: 'NGO', side: 'FOREIGN'})
WITH ngo,
     COLLECT { MATCH (p:Permit)-[:PERMIT_OF]->(ngo) RETURN {issuedOn: toString(p.issuedOn), expiresOn: toString(p.expiresOn)} } AS permits,
     COLLECT {
       MATCH (a:Activity)-[:PARTICIPANT]->(ngo) WHERE a.date <= $asOf RETURN {id: a.id, day: toString(a.date)} AS engagement
       UNION
       MATCH (a:Activity)-[:UNDER]->(:Partnership)-[:FOREIGN_PARTY]->(ngo) WHERE a.date <= $asOf RETURN {id: a.id, day: toString(a.date)} AS engagement
     } AS activities,
     COLLECT {
       MATCH (pr:Project)-[:FUNDED_BY|IMPLEMENTED_BY]->(ngo) WHERE pr.startOn <= $asOf RETURN DISTINCT {id: pr.id, day: toString(pr.startOn)}
     } AS projects
WHERE size(permits) > 0 OR size(activities) > 0 OR size(projects) > 0
RETURN ngo {.*} AS actor, permits, activities, projects
ORDER BY actor.id
