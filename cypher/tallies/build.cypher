// Activity tallies for partnerCoverage (docs/analytics.md, "Partner coverage by country"), built at
// the end of every import and brought up to date by every write (src/dataset/tallies.ts), so that a
// coverage query reads a few thousand tallies instead of walking every activity of every partner.
// An activity's partners are the FOREIGN actors it INVOLVES. Three kinds of tallies:
// - CountryActivityTally: per country, year, and kinds of the activity's partners in that country
//   (sorted): each activity that involves the country is counted in exactly one of the country's
//   tallies, so a query sums the tallies of its years whose kinds meet its `kinds` filter and counts
//   no activity twice. Funds are summed per currency (the year is the tally's, so is the exchange rate).
// - ActivityTally, for the totals: the same per year and kinds of all the activity's partners, each
//   activity with at least one partner counted once whatever its countries.
// - PartnerActivityTally, for activePartners: per country, partner kind and year, the ids of the
//   country's partners that an activity dated in that year involves.
// Only the years and countries of the scope (src/dataset/tallies.ts): all of them after an import,
// those a write may change after a write.
// Year by year, in one pass: the year's activities are read from the date index with their partners
// once, held as a list (one year's worth is what Neo4j holds at a time), and the three kinds of
// tallies are grouped from that list. Built by three statements, each walked the same INVOLVES
// relationships again.
UNWIND $years AS year
CALL (year) {
  // The plan must start from the year's activities (the date index) whatever Neo4j's statistics
  // say: inside an import's one transaction they still describe the graph before it (empty, for a
  // first import). Hence the hint, and no label on p (INVOLVES only leads to actors): with
  // `p:Actor {side: 'FOREIGN'}` the planner started from every FOREIGN actor (the side index) and
  // walked all their INVOLVES once per year, 47 s instead of 11 at M.
  MATCH (a:Activity)
  USING INDEX a:Activity(date)
  WHERE date({year: year}) <= a.date < date({year: year + 1})
  MATCH (a)-[:INVOLVES]->(p)
  WHERE p.side = 'FOREIGN'
  // The partner's country from its own `country` property, which IN_COUNTRY is made from
  // (import/link-actors), as scope-of reads it: following IN_COUNTRY to the Country node cost 13%
  // more time at M (BENCHMARKS.md, round 15).
  WITH a, collect({id: p.id, kind: p.kind, country: p.country}) AS partners
  WITH collect({id: a.id, date: a.date, currency: a.fundsCurrency, amount: a.fundsAmount, partners: partners}) AS ofYear
  CALL (year, ofYear) {
    UNWIND ofYear AS a
    WITH a, COLLECT { UNWIND a.partners AS p WITH DISTINCT p.kind AS kind RETURN kind ORDER BY kind } AS kinds
    WITH kinds, a.currency AS currency, count(*) AS n, sum(a.amount) AS amount
    WITH kinds, sum(n) AS activities,
         collect(currency) AS fundsCurrencies, collect(CASE WHEN currency IS NOT NULL THEN amount END) AS fundsAmounts
    CREATE (:ActivityTally {year: year, kinds: kinds, activities: activities, fundsCurrencies: fundsCurrencies, fundsAmounts: fundsAmounts})
  }
  CALL (year, ofYear) {
    UNWIND ofYear AS a
    UNWIND a.partners AS p
    WITH a.id AS id, a.date AS date, a.currency AS currency, a.amount AS amount, p.country AS country, collect(DISTINCT p.kind) AS kinds
    WHERE country IN $countries
    WITH country, COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind } AS kinds, currency,
         count(*) AS n, sum(amount) AS amount, max(date) AS latest
    WITH country, kinds, sum(n) AS activities, max(latest) AS lastActivityOn,
         collect(currency) AS fundsCurrencies, collect(CASE WHEN currency IS NOT NULL THEN amount END) AS fundsAmounts
    CREATE (:CountryActivityTally {
      country: country, year: year, kinds: kinds, activities: activities, lastActivityOn: lastActivityOn,
      fundsCurrencies: fundsCurrencies, fundsAmounts: fundsAmounts
    })
  }
  CALL (year, ofYear) {
    UNWIND ofYear AS a
    UNWIND a.partners AS p
    WITH DISTINCT p.country AS country, p.kind AS kind, p.id AS id
    WHERE country IN $countries
    WITH country, kind, collect(id) AS partnerIds
    CREATE (:PartnerActivityTally {country: country, kind: kind, year: year, partnerIds: partnerIds})
  }
}
