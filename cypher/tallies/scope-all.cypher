// The whole graph's scope (src/dataset/tallies.ts): every country, and every year from the first
// activity's to the last's (both read from the date index, in its order).
WITH COLLECT { MATCH (a:Activity) WHERE a.date IS NOT NULL RETURN a.date AS date ORDER BY date LIMIT 1 } AS first,
     COLLECT { MATCH (a:Activity) WHERE a.date IS NOT NULL RETURN a.date AS date ORDER BY date DESC LIMIT 1 } AS last
RETURN COLLECT { MATCH (c:Country) RETURN c.code } AS countries,
       CASE WHEN size(first) = 0 THEN [] ELSE range(first[0].year, last[0].year) END AS years
