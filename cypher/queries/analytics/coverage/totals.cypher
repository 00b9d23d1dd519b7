// partnerCoverage totals (docs/analytics.md, "Partner coverage by country"): the columns of the rows without double
// counting: every partner of $kinds once, each partnership, activity and project once however many
// countries it involves, and each amount of funds once. Same period and $kinds rules as rows.cypher.
CALL () {
  MATCH (p:Actor {side: 'FOREIGN'})
  WHERE $kinds IS NULL OR p.kind IN $kinds
  RETURN count(p) AS partners
}
CALL () {
  MATCH (ps:Partnership)
  WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
    AND EXISTS { MATCH (ps)-[:FOREIGN_PARTY]->(p:Actor) WHERE $kinds IS NULL OR p.kind IN $kinds }
  RETURN count(ps) AS partnershipsInForce
}
// activities in the period with a partner, and their funds: from the tallies the last import built
// (cypher/tallies) when $tallied, else in one pass over the activities. Each branch filters on
// $tallied before its match, and again after its aggregation, since an aggregation over no rows
// still returns one.
CALL () {
  WITH true AS tallied WHERE $tallied
  OPTIONAL MATCH (t:ActivityTally)
  WHERE $start.year <= t.year <= $end.year AND ($kinds IS NULL OR any(kind IN t.kinds WHERE kind IN $kinds))
  WITH collect(t) AS tallies
  WHERE $tallied
  RETURN reduce(n = 0, t IN tallies | n + t.activities) AS activities,
         COLLECT { UNWIND tallies AS t
                   UNWIND range(0, size(t.fundsCurrencies) - 1) AS i
                   RETURN {amount: t.fundsAmounts[i], currency: t.fundsCurrencies[i], year: t.year} } AS activityFunds
  UNION
  WITH true AS live WHERE NOT $tallied
  OPTIONAL MATCH (a:Activity)
  WHERE $start <= a.date <= $end
    AND EXISTS { MATCH (a)-[:INVOLVES]->(p:Actor {side: 'FOREIGN'}) WHERE $kinds IS NULL OR p.kind IN $kinds }
  WITH count(a) AS activities,
       collect(CASE WHEN a.fundsAmount IS NOT NULL
                    THEN {amount: a.fundsAmount, currency: a.fundsCurrency, year: a.date.year} END) AS activityFunds
  WHERE NOT $tallied
  RETURN activities, activityFunds
}
CALL () {
  MATCH (pr:Project)
  WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
    AND EXISTS { MATCH (pr)-[:FUNDED_BY]->(p:Actor {side: 'FOREIGN'}) WHERE $kinds IS NULL OR p.kind IN $kinds }
  RETURN count(pr) AS projects
}
CALL (activityFunds) {
  CALL (activityFunds) {
    UNWIND activityFunds AS f
    RETURN f.amount AS amount, f.currency AS currency, f.year AS year
    UNION ALL
    MATCH (pr:Project)
    WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND $start <= pr.startOn <= $end
      AND EXISTS { MATCH (pr)-[:FUNDED_BY]->(p:Actor {side: 'FOREIGN'}) WHERE $kinds IS NULL OR p.kind IN $kinds }
    RETURN pr.committedAmount AS amount, pr.committedCurrency AS currency, pr.startOn.year AS year
  }
  WITH currency, year, sum(amount) AS amount
  OPTIONAL MATCH (rate:ExchangeRate {currency: currency, year: year})
  RETURN collect({currency: currency, year: year, amount: amount,
                  usdPerUnit: CASE WHEN currency = 'USD' THEN 1.0 ELSE rate.usdPerUnit END}) AS funds
}
RETURN partners, partnershipsInForce, activities, projects, funds
