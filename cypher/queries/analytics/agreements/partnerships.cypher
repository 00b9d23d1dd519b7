// agreementReview (docs/analytics.md, "Agreements"): every partnership in force during the period
// $start..$end that has a document number, an expiry (expiresOn, termYears or a renewal), a
// reporting date or commitments; with the kinds of its activities dated in the period (one entry per
// activity, for the ACTIVITIES commitments). Statuses and fulfilment are derived in the service.
MATCH (ps:Partnership)
WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
  AND (ps.documentNumber IS NOT NULL OR ps.expiresOn IS NOT NULL OR ps.termYears IS NOT NULL
       OR size(coalesce(ps.renewedOn, [])) > 0 OR ps.reportedOn IS NOT NULL OR EXISTS { (ps)-[:HAS_COMMITMENT]->() })
RETURN ps {.*} AS partnership,
       [i IN range(0, size(coalesce(ps.renewedOn, [])) - 1) | {renewedOn: toString(ps.renewedOn[i]), expiresOn: toString(ps.renewalExpiresOn[i])}] AS renewals,
       COLLECT { MATCH (ps)-[:HAS_COMMITMENT]->(c:Commitment) RETURN c {.*} ORDER BY c.position } AS commitments,
       COLLECT { MATCH (ps)<-[:UNDER]-(a:Activity) WHERE $start <= a.date <= $end RETURN a.kind } AS activityKinds
ORDER BY partnership.id
