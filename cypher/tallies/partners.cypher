// Partner tallies for partnerCoverage's activePartners: per country, partner kind and year, the ids
// of the country's partners (FOREIGN actors) that an activity dated in that year INVOLVES.
// Only the countries and years of the scope (src/dataset/tallies.ts).
UNWIND $countries AS code
MATCH (c:Country {code: code})
CALL (c) {
  MATCH (c)<-[:IN_COUNTRY]-(p:Actor {side: 'FOREIGN'})<-[:INVOLVES]-(a:Activity)
  WHERE a.date.year IN $years
  WITH DISTINCT p, a.date.year AS year
  WITH p.kind AS kind, year, collect(p.id) AS partnerIds
  CREATE (:PartnerActivityTally {country: c.code, kind: kind, year: year, partnerIds: partnerIds})
}
