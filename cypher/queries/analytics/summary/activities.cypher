// activityCounts (docs/analytics.md, "Yearly summary"): activities dated in $start..$end (organised by
// $organizerId when given), per kind and per country they involve (the countries of their partners,
// as in partnerCoverage: an activity with partners of two countries counts in both); an activity
// with no foreign partner counts under a null country.
MATCH (a:Activity)
WHERE $start <= a.date <= $end
  AND ($organizerId IS NULL OR EXISTS { (a)-[:ORGANIZED_BY]->(:Actor {id: $organizerId}) })
WITH a, COLLECT { MATCH (a)-[:INVOLVES]->(p:Actor {side: 'FOREIGN'}) RETURN DISTINCT p.country } AS countries
UNWIND CASE WHEN size(countries) = 0 THEN [null] ELSE countries END AS country
WITH a.kind AS kind, country, count(a) AS activities
RETURN kind, country, activities, COLLECT { MATCH (c:Country {code: country}) RETURN c {.*} }[0] AS countryNode
ORDER BY kind, country
