// --replace in one transaction, after the file's records were written over the stored ones: every
// node the file does not hold goes, except the graph's history (the audit log and the graph
// version's node). Held by the file: a record with one of its ids (`$ids`, memberships' synthetic
// ones included), a country or exchange rate of the file, a commitment of one of its partnerships.
// Not the stamp: a record the file gives as stored keeps its own. Derived nodes (tallies, brokers
// rankings) go too: the import builds them again. `coalesce`: a property absent makes a comparison null.
MATCH (n)
WHERE NOT n:AuditEntry AND NOT n:GraphVersion
  AND NOT ((n:Entity OR n:Membership) AND coalesce(n.id IN $ids, false))
  AND NOT (n:Country AND coalesce(n.code IN $countries, false))
  AND NOT (n:ExchangeRate AND coalesce({currency: n.currency, year: n.year} IN $rates, false))
  AND NOT (n:Commitment AND EXISTS { (n)<-[:HAS_COMMITMENT]-(p:Partnership) WHERE p.id IN $ids })
DETACH DELETE n
