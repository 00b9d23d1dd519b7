// Arguments for the benchmark's query mix, picked from whatever dataset is loaded, deterministically:
// the first plan and its period; a word of the first partner's name to search for; the partner
// with the smallest id among those with exactly one engagement (a typical small partner, whose
// 2-step neighbourhood runs through the domestic hubs) and, as the far end of a connection, the
// last such partner of another country.
MATCH (plan:Plan)
WITH plan ORDER BY plan.id LIMIT 1
MATCH (first:Actor {side: 'FOREIGN'})
WITH plan, first ORDER BY first.id LIMIT 1
CALL () {
  MATCH (p:Actor {side: 'FOREIGN'})
  WHERE COUNT { (p)<-[:INVOLVES]-() } = 1
  RETURN p ORDER BY p.id LIMIT 1
}
CALL (p) {
  MATCH (q:Actor {side: 'FOREIGN'})
  WHERE q.country <> p.country AND COUNT { (q)<-[:INVOLVES]-() } = 1
  RETURN q ORDER BY q.id DESC LIMIT 1
}
RETURN plan.id AS planId, plan.fromYear AS fromYear, plan.toYear AS toYear,
       split(first.searchText, ' ')[0] AS searchText, p.id AS smallPartnerId, q.id AS farPartnerId
