// partnerCoverage.regions (docs/analytics.md, "Coverage by region"): the coverage columns per region,
// "involves a country" read as "involves a country of the region", each partnership, activity,
// project and amount counted once per region. $kinds filters the partners in every column, as for
// the country rows. Live walks (the region rows are asked for rarely; the tallies are per country).

// Each column reads its partners' country code (the property IN_COUNTRY mirrors) and looks the few
// codes up once after grouping by them: expanding IN_COUNTRY from every partner reads the
// relationship chains of hub partners, two thirds of this query's db hits at scale M.

// partners (FOREIGN actors of $kinds) per region, and the countries that have them
CALL () {
  MATCH (p:Actor {side: 'FOREIGN'})
  WHERE $kinds IS NULL OR p.kind IN $kinds
  WITH p.country AS code, count(p) AS partners
  MATCH (c:Country {code: code})
  WITH c.region AS region, sum(partners) AS partners, collect(DISTINCT code) AS countries
  RETURN collect({region: region, partners: partners, countries: countries}) AS partners
}
// partnerships in force during the period with a foreign party of $kinds in the region
CALL () {
  MATCH (ps:Partnership)-[:FOREIGN_PARTY]->(p:Actor {side: 'FOREIGN'})
  WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start) AND ($kinds IS NULL OR p.kind IN $kinds)
  WITH p.country AS code, collect(DISTINCT ps) AS partnerships
  MATCH (c:Country {code: code})
  UNWIND partnerships AS ps
  WITH c.region AS region, count(DISTINCT ps) AS n
  RETURN collect({region: region, count: n}) AS partnerships
}
// activities dated in the period with a partner of $kinds in the region: how many, and per currency
// and year of their funds (null when none) how many have funds and their sum
CALL () {
  MATCH (a:Activity)-[:INVOLVES]->(p:Actor)
  WHERE $start <= a.date <= $end AND p.side = 'FOREIGN' AND ($kinds IS NULL OR p.kind IN $kinds)
  WITH p.country AS code, collect(DISTINCT a) AS activities
  MATCH (c:Country {code: code})
  UNWIND activities AS a
  WITH DISTINCT c.region AS region, a
  WITH region, a.fundsCurrency AS currency, a.date.year AS year, count(a) AS n, count(a.fundsAmount) AS funded, sum(a.fundsAmount) AS amount
  RETURN collect({region: region, count: n, funds: CASE WHEN funded > 0 THEN {currency: currency, year: year, amount: amount} END}) AS activities
}
// projects active during the period with a foreign funder of $kinds in the region; likewise the
// commitments of those started in it
CALL () {
  MATCH (pr:Project)-[:FUNDED_BY]->(p:Actor {side: 'FOREIGN'})
  WHERE ($kinds IS NULL OR p.kind IN $kinds) AND NOT pr.status IN ['CANCELLED', 'PIPELINE']
    AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
  WITH p.country AS code, collect(DISTINCT pr) AS projects
  MATCH (c:Country {code: code})
  UNWIND projects AS pr
  WITH DISTINCT c.region AS region, pr
  WITH region, pr, CASE WHEN pr.startOn >= $start THEN pr.committedAmount END AS committed
  WITH region, pr.committedCurrency AS currency, pr.startOn.year AS year, count(pr) AS n, count(committed) AS funded, sum(committed) AS amount
  RETURN collect({region: region, count: n, funds: CASE WHEN funded > 0 THEN {currency: currency, year: year, amount: amount} END}) AS projects
}
RETURN partners, partnerships, activities, projects,
       COLLECT { MATCH (:Plan {id: $planId})-[:PRIORITY]->(c:Country) RETURN c {.*} ORDER BY c.code } AS priorityCountries,
       COLLECT { MATCH (r:ExchangeRate) RETURN {currency: r.currency, year: r.year, usdPerUnit: r.usdPerUnit} } AS rates
