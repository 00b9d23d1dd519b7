// Benchmark floor for the front-end page: every country (by code) with its first $partners
// partners (FOREIGN actors, by id), each partner's partnerships (by id) and each partnership's last
// $activities activities (newest first: date, then id, descending) — the least one query can do to
// answer the page's GraphQL query. The pages are written to be read from the composite indexes
// (actor_country_side_id, activity_partnership_date_id), as the service's own page queries are.
MATCH (c:Country)
RETURN c.code AS code, c.name AS name,
       COLLECT {
         MATCH (p:Actor)
         WHERE p.country = c.code AND p.side = 'FOREIGN' AND p.id > ''
         WITH p ORDER BY p.country, p.side, p.id LIMIT $partners
         RETURN p {.id, .name, partnerships: COLLECT {
           MATCH (p)<-[:FOREIGN_PARTY]-(ps:Partnership)
           WITH ps ORDER BY ps.id
           RETURN ps {.id, .title, activities: COLLECT {
             MATCH (a:Activity)
             WHERE a.partnershipId = ps.id AND a.date <= date('9999-12-31') AND a.id IS NOT NULL
             WITH a ORDER BY a.partnershipId DESC, a.date DESC, a.id DESC LIMIT $activities
             RETURN a {.id, .title, date: toString(a.date)}
           }}
         }}
       } AS partners
ORDER BY code
