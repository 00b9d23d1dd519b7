// partnershipEffectiveness (SPEC "Partnership effectiveness"): every partnership in force during the
// period $start..$end (asOf = $end), optionally only of $kind, with a foreign party of $country, or
// with domestic party $domesticPartyId. Only activities and projects that carry the partnership's
// id (UNDER) count. Scores, ratios, dormancy and flags are derived in the service from these columns.
MATCH (ps:Partnership)
WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
  AND ($kind IS NULL OR ps.kind = $kind)
  AND ($country IS NULL OR EXISTS { MATCH (ps)-[:FOREIGN_PARTY]->(:Actor {country: $country}) })
  AND ($domesticPartyId IS NULL OR EXISTS { MATCH (ps)-[:DOMESTIC_PARTY]->(:Actor {id: $domesticPartyId}) })

// activities dated in the period, and how many kinds they span
CALL (ps) {
  MATCH (ps)<-[:UNDER]-(a:Activity)
  WHERE $start <= a.date <= $end
  RETURN count(a) AS activities, count(DISTINCT a.kind) AS activityKinds
}

// projects active during the period; those completed in it
CALL (ps) {
  MATCH (ps)<-[:UNDER]-(pr:Project)
  WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
  RETURN count(pr) AS projects,
         count(CASE WHEN pr.status = 'COMPLETED' AND $start <= pr.endOn <= $end THEN 1 END) AS projectsCompleted
}

// funds: activities dated in the period, commitments of projects started in it
CALL (ps) {
  CALL (ps) {
    MATCH (ps)<-[:UNDER]-(a:Activity)
    WHERE $start <= a.date <= $end AND a.fundsAmount IS NOT NULL
    RETURN a.fundsAmount AS amount, a.fundsCurrency AS currency, a.date.year AS year
    UNION ALL
    MATCH (ps)<-[:UNDER]-(pr:Project)
    WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND $start <= pr.startOn <= $end
    RETURN pr.committedAmount AS amount, pr.committedCurrency AS currency, pr.startOn.year AS year
  }
  WITH currency, year, sum(amount) AS amount
  OPTIONAL MATCH (rate:ExchangeRate {currency: currency, year: year})
  RETURN collect({currency: currency, year: year, amount: amount,
                  usdPerUnit: CASE WHEN currency = 'USD' THEN 1.0 ELSE rate.usdPerUnit END}) AS funds
}

// its latest activity on or before asOf, any year. OPTIONAL MATCH, not MATCH: Neo4j 5.26 plans
// `MATCH … RETURN max(a.date)` as an index-ordered LIMIT 1, and for a partnership without any
// activity that plan returned the row with `ps` blanked.
CALL (ps) {
  OPTIONAL MATCH (ps)<-[:UNDER]-(a:Activity)
  WHERE a.date <= $end
  RETURN max(a.date) AS lastActivityOn
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
