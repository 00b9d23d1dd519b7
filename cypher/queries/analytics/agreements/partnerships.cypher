// agreementReview (docs/analytics.md, "Agreements"): every partnership in force during the period
// $start..$end that has a document number, an expiry (expiresOn, termYears or a renewal), a
// reporting date or commitments; with how many of its activities dated in the period are of each
// kind (for the ACTIVITIES commitments) and, when it has a FUNDS_USD commitment, its funds mobilised
// as partnershipEffectiveness counts them (cypher/queries/analytics/effectiveness/partnerships.cypher):
// the funds of those activities and the commitments of its projects active during the period and
// started in it, summed by currency and year with that year's rate. Statuses and fulfilment are
// derived in the service.
MATCH (ps:Partnership)
WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
  AND (ps.documentNumber IS NOT NULL OR ps.expiresOn IS NOT NULL OR ps.termYears IS NOT NULL
       OR size(coalesce(ps.renewedOn, [])) > 0 OR ps.reportedOn IS NOT NULL OR EXISTS { (ps)-[:HAS_COMMITMENT]->() })
WITH ps, COLLECT { MATCH (ps)-[:HAS_COMMITMENT]->(c:Commitment) RETURN c {.*} ORDER BY c.position } AS commitments
WITH ps, commitments, any(c IN commitments WHERE c.kind = 'FUNDS_USD') AS withFunds

// its activities dated in the period, read from the index on (partnershipId, date, id) (partnershipId
// is the importer's copy of the UNDER relation's end): expanding UNDER from a hub partnership walks
// every activity it ever had. Without the hint the planner seeks the period's activities by date
// for every partnership.
CALL (ps, withFunds) {
  OPTIONAL MATCH (a:Activity)
  USING INDEX a:Activity(partnershipId, date, id)
  WHERE a.partnershipId = ps.id AND $start <= a.date <= $end AND a.id IS NOT NULL
  WITH a.kind AS kind, count(a) AS n,
       collect(CASE WHEN withFunds AND a.fundsAmount IS NOT NULL
                    THEN {amount: a.fundsAmount, currency: a.fundsCurrency, year: a.date.year} END) AS funds
  RETURN collect(CASE WHEN n > 0 THEN {kind: kind, count: n} END) AS activityKinds, reduce(flat = [], f IN collect(funds) | flat + f) AS activityFunds
}

// with a FUNDS_USD commitment: the commitments of its projects active during the period and started in it
CALL (ps, withFunds) {
  WITH ps WHERE withFunds
  MATCH (ps)<-[:UNDER]-(pr:Project)
  WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
    AND pr.startOn >= $start
  RETURN collect({amount: pr.committedAmount, currency: pr.committedCurrency, year: pr.startOn.year}) AS projectFunds
}

// funds, summed by currency and year, with that year's rate
CALL (activityFunds, projectFunds) {
  UNWIND activityFunds + projectFunds AS f
  WITH f.currency AS currency, f.year AS year, sum(f.amount) AS amount
  OPTIONAL MATCH (rate:ExchangeRate {currency: currency, year: year})
  RETURN collect({currency: currency, year: year, amount: amount,
                  usdPerUnit: CASE WHEN currency = 'USD' THEN 1.0 ELSE rate.usdPerUnit END}) AS funds
}

RETURN ps {.*} AS partnership,
       [i IN range(0, size(coalesce(ps.renewedOn, [])) - 1) | {renewedOn: toString(ps.renewedOn[i]), expiresOn: toString(ps.renewalExpiresOn[i])}] AS renewals,
       commitments, activityKinds, withFunds, funds
ORDER BY partnership.id
