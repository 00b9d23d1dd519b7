// partnerCoverage rows (docs/analytics.md, "Partner coverage by country"): one row per country with at least one partner
// (FOREIGN actor) of $kinds, plus every priority country of plan $planId; ordered by country code.
// $kinds null = every kind; the filter applies to the partners counted in every column. The period
// is $start..$end (asOf = $end). An activity's partners are the FOREIGN actors it INVOLVES (its
// foreign participants and its partnership's foreign parties); a project's are its FOREIGN funders.
// Funds come out grouped by currency and year of the event, with that year's rate; the service
// converts them. Each column is its own subquery or group, so no row multiplies another's counts.
//
// $tallied (queries/analytics/coverage/tallied): the activity columns are read from the tallies the
// last import built (cypher/tallies), else walked live. Each of those subqueries has one branch
// per case; a branch that aggregates filters on $tallied before its match, and again after its
// aggregation, since an aggregation over no rows still returns one.

// Partners, partnerships and projects are each read once, from their own side, and grouped by
// country (a partnership or project by the countries of its foreign parties or funders of $kinds);
// each row picks its country's group. Expanding them from every country instead reads a partner's
// few FOREIGN_PARTY and FUNDED_BY relationships through its many INVOLVES ones: at scale M that
// cost three times the time.

// partners (FOREIGN actors) of $kinds, any time, counted per country and kind
CALL () {
  MATCH (p:Actor {side: 'FOREIGN'})
  WHERE $kinds IS NULL OR p.kind IN $kinds
  WITH p.country AS code, p.kind AS kind, count(*) AS n
  WITH code, collect({kind: kind, count: n}) AS partnersByKind
  RETURN collect({code: code, partnersByKind: partnersByKind}) AS partnersByCountry
}
// partnerships in force during the period, per country of a foreign party of $kinds (and those parties)
CALL () {
  OPTIONAL MATCH (ps:Partnership)-[:FOREIGN_PARTY]->(p:Actor {side: 'FOREIGN'})
  WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start) AND ($kinds IS NULL OR p.kind IN $kinds)
  WITH p.country AS code, collect(DISTINCT ps) AS inForce, collect(DISTINCT p.id) AS parties
  RETURN collect({code: code, partnerships: size(inForce), parties: parties,
                  sisterLocalities: size([ps IN inForce WHERE ps.kind = 'SISTER_LOCALITY'])}) AS partnershipsByCountry
}
// projects active during the period, and the commitments of those started in it, per country of a
// funder of $kinds
CALL () {
  OPTIONAL MATCH (pr:Project)-[:FUNDED_BY]->(p:Actor {side: 'FOREIGN'})
  WHERE ($kinds IS NULL OR p.kind IN $kinds) AND NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end
  WITH DISTINCT p.country AS code, pr
  WITH code,
       count(CASE WHEN pr.endOn IS NULL OR pr.endOn >= $start THEN pr END) AS projects,
       collect(CASE WHEN pr.startOn >= $start
                    THEN {amount: pr.committedAmount, currency: pr.committedCurrency, year: pr.startOn.year} END) AS funds
  RETURN collect({code: code, projects: projects, funds: funds}) AS projectsByCountry
}
// the rows: countries with a partner of $kinds, and the plan's priority countries
CALL (partnersByCountry) {
  UNWIND partnersByCountry AS g
  MATCH (c:Country {code: g.code})
  RETURN c
  UNION
  MATCH (:Plan {id: $planId})-[:PRIORITY]->(c:Country)
  RETURN c
}
WITH c, EXISTS { MATCH (:Plan {id: $planId})-[:PRIORITY]->(c) } AS priority,
     coalesce(head([g IN partnersByCountry WHERE g.code = c.code]).partnersByKind, []) AS partnersByKind,
     head([g IN partnershipsByCountry WHERE g.code = c.code]) AS inForce,
     head([g IN projectsByCountry WHERE g.code = c.code]) AS funded

// activities that involve the country dated on or before asOf: how many are dated in the period,
// their funds, and the latest date
CALL (c) {
  // tallied: the country's tallies of the years up to asOf's whose partner kinds meet $kinds
  WITH c WHERE $tallied
  OPTIONAL MATCH (t:CountryActivityTally {country: c.code})
  WHERE t.year <= $end.year AND ($kinds IS NULL OR any(kind IN t.kinds WHERE kind IN $kinds))
  WITH max(t.lastActivityOn) AS lastActivityOn, collect(CASE WHEN t.year >= $start.year THEN t END) AS inPeriod
  WHERE $tallied
  RETURN reduce(n = 0, t IN inPeriod | n + t.activities) AS activities,
         COLLECT { UNWIND inPeriod AS t
                   UNWIND range(0, size(t.fundsCurrencies) - 1) AS i
                   RETURN {amount: t.fundsAmounts[i], currency: t.fundsCurrencies[i], year: t.year} } AS activityFunds,
         lastActivityOn
  UNION
  // live, in one pass over the activities (three passes cost 3× the db hits at scale)
  WITH c WHERE NOT $tallied
  OPTIONAL MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:INVOLVES]-(a:Activity)
  WHERE ($kinds IS NULL OR p.kind IN $kinds) AND a.date <= $end
  WITH DISTINCT a
  WITH a, a.date >= $start AS inPeriod
  WITH count(CASE WHEN inPeriod THEN a END) AS activities,
       collect(CASE WHEN inPeriod AND a.fundsAmount IS NOT NULL
                    THEN {amount: a.fundsAmount, currency: a.fundsCurrency, year: a.date.year} END) AS activityFunds,
       max(a.date) AS lastActivityOn
  WHERE NOT $tallied
  RETURN activities, activityFunds, lastActivityOn
}

// partners of the country with a partnership in force (the parties found above) or an activity in
// the period (from the tallies of the period's years, or live); UNION keeps each id once
CALL (c, inForce) {
  CALL (c, inForce) {
    UNWIND coalesce(inForce.parties, []) AS id
    RETURN id
    UNION
    WITH c WHERE $tallied
    MATCH (t:PartnerActivityTally {country: c.code})
    WHERE $start.year <= t.year <= $end.year AND ($kinds IS NULL OR t.kind IN $kinds)
    UNWIND t.partnerIds AS id
    RETURN id
    UNION
    WITH c WHERE NOT $tallied
    MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})
    WHERE ($kinds IS NULL OR p.kind IN $kinds)
      AND EXISTS { MATCH (p)<-[:INVOLVES]-(a:Activity) WHERE $start <= a.date <= $end }
    RETURN p.id AS id
  }
  RETURN count(id) AS activePartners
}

// funds: activities dated in the period (above) and commitments of projects started in it, that
// involve the country; each amount once per country
CALL (activityFunds, funded) {
  UNWIND activityFunds + coalesce(funded.funds, []) AS f
  WITH f.currency AS currency, f.year AS year, sum(f.amount) AS amount
  OPTIONAL MATCH (rate:ExchangeRate {currency: currency, year: year})
  RETURN collect({currency: currency, year: year, amount: amount,
                  usdPerUnit: CASE WHEN currency = 'USD' THEN 1.0 ELSE rate.usdPerUnit END}) AS funds
}

RETURN c {.*} AS country, priority, partnersByKind, coalesce(inForce.partnerships, 0) AS partnershipsInForce,
       coalesce(inForce.sisterLocalities, 0) AS sisterLocalities, activities, activePartners,
       coalesce(funded.projects, 0) AS projects, funds, lastActivityOn
ORDER BY country.code
