// sectorSummary (docs/analytics.md, "Sectors"): per sector, the items carrying it: partnerships in
// force during the period $start..$end, activities dated in it, projects active during it; and the
// funds they mobilised (activities' funds dated in the period, the committed amount of active
// projects started in it), summed per currency and year; the service converts them with the rates.
// Each item counts once per sector it carries. Counted and summed here: the items themselves (some
// 190 000 activity-sector pairs at scale M) are never sent.
CALL () {
  MATCH (ps:Partnership)
  WHERE ps.signedOn <= $end AND (ps.endedOn IS NULL OR ps.endedOn >= $start)
  UNWIND ps.sectors AS sector
  WITH DISTINCT sector, ps
  WITH sector, count(ps) AS n
  RETURN collect({sector: sector, count: n}) AS partnerships
}
// per sector, currency and year of the funds (null when none): how many activities, and the sum of
// their funds (funded counts those that have some)
CALL () {
  MATCH (a:Activity)
  WHERE $start <= a.date <= $end
  UNWIND a.sectors AS sector
  WITH DISTINCT sector, a
  WITH sector, a.fundsCurrency AS currency, a.date.year AS year,
       count(a) AS n, count(a.fundsAmount) AS funded, sum(a.fundsAmount) AS amount
  RETURN collect({sector: sector, count: n, funds: CASE WHEN funded > 0 THEN {currency: currency, year: year, amount: amount} END}) AS activities
}
// likewise projects; only those started in the period bring their committed amount
CALL () {
  MATCH (pr:Project)
  WHERE NOT pr.status IN ['CANCELLED', 'PIPELINE'] AND pr.startOn <= $end AND (pr.endOn IS NULL OR pr.endOn >= $start)
  UNWIND pr.sectors AS sector
  WITH DISTINCT sector, pr
  WITH sector, pr, CASE WHEN pr.startOn >= $start THEN pr.committedAmount END AS committed
  WITH sector, pr.committedCurrency AS currency, pr.startOn.year AS year,
       count(pr) AS n, count(committed) AS funded, sum(committed) AS amount
  RETURN collect({sector: sector, count: n, funds: CASE WHEN funded > 0 THEN {currency: currency, year: year, amount: amount} END}) AS projects
}
RETURN partnerships, activities, projects,
       COLLECT { MATCH (r:ExchangeRate) RETURN {currency: r.currency, year: r.year, usdPerUnit: r.usdPerUnit} } AS rates
