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

// activities dated in the period that involve the country
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:INVOLVES]-(a:Activity)
  WHERE ($kinds IS NULL OR p.kind IN $kinds) AND $start <= a.date <= $end
  RETURN count(DISTINCT a) AS activities
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

// funds: activities dated in the period and commitments of projects started in it, that involve
// the country; each amount once per country
CALL (c) {
  CALL (c) {
    MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:INVOLVES]-(a:Activity)
    WHERE ($kinds IS NULL OR p.kind IN $kinds) AND $start <= a.date <= $end AND a.fundsAmount IS NOT NULL
    WITH DISTINCT a
    RETURN a.fundsAmount AS amount, a.fundsCurrency AS currency, a.date.year AS year
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

// the latest activity involving the country on or before asOf, any year
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:INVOLVES]-(a:Activity)
  WHERE ($kinds IS NULL OR p.kind IN $kinds) AND a.date <= $end
  RETURN max(a.date) AS lastActivityOn
}

RETURN c {.*} AS country, priority, partnersByKind, partnershipsInForce, sisterLocalities, activities,
       activePartners, projects, funds, lastActivityOn
ORDER BY country.code
