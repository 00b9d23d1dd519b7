// Activity tallies for partnerCoverage (docs/analytics.md, "Partner coverage by country"), built at the end of every import
// and brought up to date by every write (src/dataset/tallies.ts), so that a coverage query reads a few thousand tallies instead of walking every activity of every
// partner. One node per country, year, and kinds of the activity's partners in that country (sorted):
// each activity that involves the country is counted in exactly one of the country's tallies, so a
// query sums the tallies of its years whose kinds meet its `kinds` filter and counts no activity
// twice. Funds are summed per currency (the year is the tally's, so is the exchange rate).
// Built country by country: the grouping of one country's activities is what Neo4j holds at a time.
// Only the countries and years of the scope (src/dataset/tallies.ts): all of them after an import,
// those a write may change after a write.
UNWIND $countries AS code
MATCH (c:Country {code: code})
CALL (c) {
  MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:INVOLVES]-(a:Activity)
  WHERE a.date.year IN $years
  WITH a, collect(DISTINCT p.kind) AS kinds
  WITH a, COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind } AS kinds
  WITH a.date.year AS year, kinds, a.fundsCurrency AS currency,
       count(a) AS n, sum(a.fundsAmount) AS amount, max(a.date) AS latest
  WITH year, kinds, sum(n) AS activities, max(latest) AS lastActivityOn,
       collect(currency) AS fundsCurrencies, collect(CASE WHEN currency IS NOT NULL THEN amount END) AS fundsAmounts
  CREATE (:CountryActivityTally {
    country: c.code, year: year, kinds: kinds, activities: activities, lastActivityOn: lastActivityOn,
    fundsCurrencies: fundsCurrencies, fundsAmounts: fundsAmounts
  })
}
