// Activity tallies for partnerCoverage's totals: as country-activities.cypher, but each activity with
// at least one partner (FOREIGN actor it INVOLVES) counted once whatever its countries. One node per
// year and kinds of all the activity's partners (sorted).
// Only the years of the scope (src/dataset/tallies.ts), each read from the date index.
UNWIND $years AS y
MATCH (a:Activity)
WHERE date({year: y}) <= a.date < date({year: y + 1})
MATCH (a)-[:INVOLVES]->(p:Actor {side: 'FOREIGN'})
WITH a, collect(DISTINCT p.kind) AS kinds
WITH a, COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind } AS kinds
WITH a.date.year AS year, kinds, a.fundsCurrency AS currency, count(a) AS n, sum(a.fundsAmount) AS amount
WITH year, kinds, sum(n) AS activities,
     collect(currency) AS fundsCurrencies, collect(CASE WHEN currency IS NOT NULL THEN amount END) AS fundsAmounts
CREATE (:ActivityTally {year: year, kinds: kinds, activities: activities, fundsCurrencies: fundsCurrencies, fundsAmounts: fundsAmounts})
