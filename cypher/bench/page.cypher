// Benchmark floor for the front-end page: every country (by code) with its first $partners
// partners (FOREIGN actors, by id), each partner's partnerships (by id) and each partnership's first
// $activities activities (by id) — the least one query can do to answer the page's GraphQL query.
MATCH (c:Country)
RETURN c.code AS code, c.name AS name,
       COLLECT {
         MATCH (p:Actor {country: c.code})
         WHERE p.side = 'FOREIGN'
         WITH p ORDER BY p.id LIMIT $partners
         RETURN p {.id, .name, partnerships: COLLECT {
           MATCH (p)<-[:FOREIGN_PARTY]-(ps:Partnership)
           WITH ps ORDER BY ps.id
           RETURN ps {.id, .title, activities: COLLECT {
             MATCH (ps)<-[:UNDER]-(a:Activity)
             WITH a ORDER BY a.id LIMIT $activities
             RETURN a {.id, .title, date: toString(a.date)}
           }}
         }}
       } AS partners
ORDER BY code
