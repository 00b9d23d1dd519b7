// partnerCoverage rows (SPEC "Coverage by country"): one row per country with at least one partner
// (FOREIGN actor) of $kinds, plus every priority country of plan $planId; ordered by country code.
// $kinds null = every kind; the filter applies to the partners counted in every column. The period
// is $start..$end (asOf = $end). An activity's partners are the FOREIGN actors it INVOLVES (its
// foreign participants and its partnership's foreign parties); a project's are its FOREIGN funders.
// Funds come out grouped by currency and year of the event, with that year's rate; the service
// converts them. Each column is its own subquery, so no row multiplies another's counts.
CALL () {
  MATCH (:Actor {side: 'FOREIGN'})-[:IN_COUNTRY]->(c:Country)
  WHERE $kinds IS NULL OR EXISTS { MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'}) WHERE p.kind IN $kinds }
  RETURN DISTINCT c
  UNION
  MATCH (:Plan {id: $planId})-[:PRIORITY]->(c:Country)
  RETURN c
}
WITH c, EXISTS { MATCH (:Plan {id: $planId})-[:PRIORITY]->(c) } AS priority

// partners of the country, any time, by kind
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})
  WHERE $kinds IS NULL OR p.kind IN $kinds
  WITH p.kind AS kind, count(p) AS n
  RETURN collect(CASE WHEN n > 0 THEN {kind: kind, count: n} END) AS partnersByKind
}

// partnerships in force during the period with a foreign party of the country
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:FOREIGN_PARTY]-(ps:Partnership)
  WHERE ($kinds IS NULL OR p.kind IN $kinds)
    AND ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
  RETURN count(DISTINCT ps) AS partnershipsInForce,
         count(DISTINCT CASE WHEN ps.kind = 'SISTER_LOCALITY' THEN ps END) AS sisterLocalities
}

// activities that involve the country dated on or before asOf, in one pass over them: how many are
// dated in the period, their funds, and the latest date (three passes cost 3× the db hits at scale)
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:INVOLVES]-(a:Activity)
  WHERE ($kinds IS NULL OR p.kind IN $kinds) AND a.date <= $end
  WITH DISTINCT a
  WITH a, a.date >= $start AS inPeriod
  RETURN count(CASE WHEN inPeriod THEN a END) AS activities,
         collect(CASE WHEN inPeriod AND a.fundsAmount IS NOT NULL
                      THEN {amount: a.fundsAmount, currency: a.fundsCurrency, year: a.date.year} END) AS activityFunds,
         max(a.date) AS lastActivityOn
}

// partners of the country with a partnership in force or an activity in the period
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})
  WHERE ($kinds IS NULL OR p.kind IN $kinds)
    AND (EXISTS { MATCH (p)<-[:FOREIGN_PARTY]-(ps:Partnership)
                  WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start) }
         OR EXISTS { MATCH (p)<-[:INVOLVES]-(a:Activity) WHERE $start <= a.date <= $end })
  RETURN count(p) AS activePartners
}

// projects active during the period with a funder of the country
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:FUNDED_BY]-(pr:Project)
  WHERE ($kinds IS NULL OR p.kind IN $kinds)
    AND NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
  RETURN count(DISTINCT pr) AS projects
}

// funds: activities dated in the period (above) and commitments of projects started in it, that
// involve the country; each amount once per country
CALL (c, activityFunds) {
  CALL (c, activityFunds) {
    UNWIND activityFunds AS f
    RETURN f.amount AS amount, f.currency AS currency, f.year AS year
    UNION ALL
    MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:FUNDED_BY]-(pr:Project)
    WHERE ($kinds IS NULL OR p.kind IN $kinds)
      AND NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND $start <= pr.startOn <= $end
    WITH DISTINCT pr
    RETURN pr.committedAmount AS amount, pr.committedCurrency AS currency, pr.startOn.year AS year
  }
  WITH currency, year, sum(amount) AS amount
  OPTIONAL MATCH (rate:ExchangeRate {currency: currency, year: year})
  RETURN collect({currency: currency, year: year, amount: amount,
                  usdPerUnit: CASE WHEN currency = 'USD' THEN 1.0 ELSE rate.usdPerUnit END}) AS funds
}

RETURN c {.*} AS country, priority, partnersByKind, partnershipsInForce, sisterLocalities, activities,
       activePartners, projects, funds, lastActivityOn
ORDER BY country.code
