// partnerCoverage.regions (docs/analytics.md, "Coverage by region"): the coverage columns per region,
// "involves a country" read as "involves a country of the region", each partnership, activity,
// project and amount counted once per region. $kinds filters the partners in every column, as for
// the country rows. Live walks (the region rows are asked for rarely; the tallies are per country).

// partners (FOREIGN actors of $kinds) per region, and the countries that have them
CALL () {
  MATCH (p:Actor {side: 'FOREIGN'})-[:IN_COUNTRY]->(c:Country)
  WHERE $kinds IS NULL OR p.kind IN $kinds
  WITH c.region AS region, count(p) AS partners, collect(DISTINCT c.code) AS countries
  RETURN collect({region: region, partners: partners, countries: countries}) AS partners
}
// partnerships in force during the period with a foreign party of $kinds in the region
CALL () {
  MATCH (ps:Partnership)-[:FOREIGN_PARTY]->(p:Actor {side: 'FOREIGN'})-[:IN_COUNTRY]->(c:Country)
  WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start) AND ($kinds IS NULL OR p.kind IN $kinds)
  WITH c.region AS region, count(DISTINCT ps) AS n
  RETURN collect({region: region, count: n}) AS partnerships
}
// activities dated in the period with a partner of $kinds in the region, and their funds
CALL () {
  MATCH (a:Activity)-[:INVOLVES]->(p:Actor {side: 'FOREIGN'})-[:IN_COUNTRY]->(c:Country)
  WHERE $start <= a.date <= $end AND ($kinds IS NULL OR p.kind IN $kinds)
  WITH DISTINCT c.region AS region, a
  WITH region, count(a) AS n,
       collect(CASE WHEN a.fundsAmount IS NOT NULL THEN {amount: a.fundsAmount, currency: a.fundsCurrency, year: a.date.year} END) AS funds
  RETURN collect({region: region, count: n, funds: funds}) AS activities
}
// projects active during the period with a foreign funder of $kinds in the region, and the
// commitments of those started in it
CALL () {
  MATCH (pr:Project)-[:FUNDED_BY]->(p:Actor {side: 'FOREIGN'})-[:IN_COUNTRY]->(c:Country)
  WHERE ($kinds IS NULL OR p.kind IN $kinds) AND NOT pr.status IN ['CANCELLED', 'PIPELINE']
    AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
  WITH DISTINCT c.region AS region, pr
  WITH region, count(pr) AS n,
       collect(CASE WHEN pr.startOn >= $start THEN {amount: pr.committedAmount, currency: pr.committedCurrency, year: pr.startOn.year} END) AS funds
  RETURN collect({region: region, count: n, funds: funds}) AS projects
}
RETURN partners, partnerships, activities, projects,
       COLLECT { MATCH (:Plan {id: $planId})-[:PRIORITY]->(c:Country) RETURN c {.*} ORDER BY c.code } AS priorityCountries,
       COLLECT { MATCH (r:ExchangeRate) RETURN {currency: r.currency, year: r.year, usdPerUnit: r.usdPerUnit} } AS rates
