// --replace in one transaction, after the file's records were written over the stored ones: every
// node this import did not write goes, except the graph's history (the audit log and the graph
// version's node). Written now: a record with this import's stamp, a country or exchange rate of
// the file, a commitment of a partnership written now. Derived nodes (tallies, brokers rankings)
// go too: the import builds them again. `coalesce`: a property absent makes a comparison null.
MATCH (n)
WHERE NOT n:AuditEntry AND NOT n:GraphVersion
  AND NOT coalesce(n.updatedAt = $stamp.at AND n.updatedBy = $stamp.by, false)
  AND NOT (n:Country AND coalesce(n.code IN $countries, false))
  AND NOT (n:ExchangeRate AND coalesce({currency: n.currency, year: n.year} IN $rates, false))
  AND NOT (n:Commitment AND EXISTS {
    (n)<-[:HAS_COMMITMENT]-(p:Partnership) WHERE p.updatedAt = $stamp.at AND p.updatedBy = $stamp.by
  })
DETACH DELETE n
