// fundsMobilized (docs/exports.md, "Funds mobilised by funding type"): the funds mobilised in $start..$end as
// partnerCoverage's totals count them (activities' funds dated in the period, the committed amount of
// projects neither CANCELLED nor PIPELINE that started in it; an activity with a foreign partner, a
// project with a foreign funder), each amount once, with its funding type (a project's; null for an
// activity's). With $unitId: activities it organised, projects it implements.
CALL () {
  MATCH (a:Activity)
  WHERE $start <= a.date <= $end AND a.fundsAmount IS NOT NULL
    AND EXISTS { (a)-[:INVOLVES]->(:Actor {side: 'FOREIGN'}) }
    AND ($unitId IS NULL OR EXISTS { (a)-[:ORGANIZED_BY]->(:Actor {id: $unitId}) })
  RETURN collect({fundingType: null, currency: a.fundsCurrency, year: a.date.year, amount: a.fundsAmount}) AS activityFunds
}
CALL () {
  MATCH (pr:Project)
  WHERE $start <= pr.startOn <= $end AND NOT pr.status IN ['CANCELLED', 'PIPELINE']
    AND EXISTS { (pr)-[:FUNDED_BY]->(:Actor {side: 'FOREIGN'}) }
    AND ($unitId IS NULL OR EXISTS { (pr)-[:IMPLEMENTED_BY]->(:Actor {id: $unitId}) })
  RETURN collect({fundingType: pr.fundingType, currency: pr.committedCurrency, year: pr.startOn.year, amount: pr.committedAmount}) AS projectFunds
}
RETURN activityFunds + projectFunds AS funds,
       COLLECT { MATCH (r:ExchangeRate) RETURN {currency: r.currency, year: r.year, usdPerUnit: r.usdPerUnit} } AS rates
