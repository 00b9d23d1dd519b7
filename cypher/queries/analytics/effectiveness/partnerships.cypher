// partnershipEffectiveness (docs/analytics.md, "Partnership effectiveness"): every partnership in force during the
// period $start..$end (asOf = $end), optionally only of $kind, with a foreign party of $country, or
// with a domestic party among $domesticPartyIds (an actor, and its predecessors when asked). Only activities and projects that carry the partnership's
// id (UNDER) count. Scores, ratios, dormancy and flags are derived in the service from these columns.
MATCH (ps:Partnership)
WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
  AND ($kind IS NULL OR ps.kind = $kind)
  AND ($country IS NULL OR EXISTS { MATCH (ps)-[:FOREIGN_PARTY]->(:Actor {country: $country}) })
  AND ($domesticPartyIds IS NULL OR EXISTS { MATCH (ps)-[:DOMESTIC_PARTY]->(a:Actor) WHERE a.id IN $domesticPartyIds })

// its activities dated on or before asOf, in one pass (one pass per column cost 3× the db hits):
// those dated in the period, how many kinds they span and their funds; and the latest date, any year.
// OPTIONAL MATCH, not MATCH: Neo4j 5.26 plans `MATCH … RETURN max(a.date)` as an index-ordered
// LIMIT 1, and for a partnership without any activity that plan returned the row with `ps` blanked.
CALL (ps) {
  OPTIONAL MATCH (ps)<-[:UNDER]-(a:Activity)
  WHERE a.date <= $end
  WITH a, a.date >= $start AS inPeriod
  RETURN count(CASE WHEN inPeriod THEN a END) AS activities,
         count(DISTINCT CASE WHEN inPeriod THEN a.kind END) AS activityKinds,
         collect(CASE WHEN inPeriod AND a.fundsAmount IS NOT NULL
                      THEN {amount: a.fundsAmount, currency: a.fundsCurrency, year: a.date.year} END) AS activityFunds,
         max(a.date) AS lastActivityOn
}

// projects active during the period, those completed in it, and the commitments of those started in it
CALL (ps) {
  OPTIONAL MATCH (ps)<-[:UNDER]-(pr:Project)
  WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
  RETURN count(pr) AS projects,
         count(CASE WHEN pr.status = 'COMPLETED' AND $start <= pr.endOn <= $end THEN 1 END) AS projectsCompleted,
         collect(CASE WHEN pr.startOn >= $start
                      THEN {amount: pr.committedAmount, currency: pr.committedCurrency, year: pr.startOn.year} END) AS projectFunds
}

// funds, summed by currency and year, with that year's rate
CALL (activityFunds, projectFunds) {
  UNWIND activityFunds + projectFunds AS f
  WITH f.currency AS currency, f.year AS year, sum(f.amount) AS amount
  OPTIONAL MATCH (rate:ExchangeRate {currency: currency, year: year})
  RETURN collect({currency: currency, year: year, amount: amount,
                  usdPerUnit: CASE WHEN currency = 'USD' THEN 1.0 ELSE rate.usdPerUnit END}) AS funds
}

RETURN ps {.*} AS partnership, activities, activityKinds, projects, projectsCompleted, funds,
       lastActivityOn,
       // the latest review up to the last year: greatest year, then later reviewedOn, then smaller id
       COLLECT {
         MATCH (ps)<-[:OF]-(r:Review) WHERE r.year <= $toYear
         RETURN r {.*} ORDER BY r.year DESC, r.reviewedOn DESC, r.id LIMIT 1
       }[0] AS latestReview,
       EXISTS { MATCH (ps)<-[:OF]-(r:Review) WHERE $fromYear <= r.year <= $toYear } AS reviewedInPeriod
ORDER BY partnership.id
