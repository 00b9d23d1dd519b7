// sectorSummary (docs/analytics.md, "Sectors"): per sector, the items carrying it: partnerships in
// force during the period $start..$end, activities dated in it, projects active during it; and the
// funds they mobilised (activities' funds dated in the period, the committed amount of active
// projects started in it), summed per currency and year with that year's rate. Each item counts
// once per sector it carries.
CALL () {
  MATCH (ps:Partnership)
  WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
  UNWIND ps.sectors AS sector
  WITH DISTINCT sector, ps
  RETURN collect({sector: sector, count: 1}) AS partnerships
}
CALL () {
  MATCH (a:Activity)
  WHERE $start <= a.date <= $end
  UNWIND a.sectors AS sector
  WITH DISTINCT sector, a
  RETURN collect({sector: sector, currency: a.fundsCurrency, year: a.date.year, amount: a.fundsAmount}) AS activities
}
CALL () {
  MATCH (pr:Project)
  WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
  UNWIND pr.sectors AS sector
  WITH DISTINCT sector, pr
  RETURN collect({sector: sector, currency: pr.committedCurrency, year: pr.startOn.year,
                  amount: CASE WHEN pr.startOn >= $start THEN pr.committedAmount END}) AS projects
}
RETURN partnerships, activities, projects,
       COLLECT { MATCH (r:ExchangeRate) RETURN {currency: r.currency, year: r.year, usdPerUnit: r.usdPerUnit} } AS rates
