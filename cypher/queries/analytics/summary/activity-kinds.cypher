// activityTotals: activities dated in $start..$end (organised by $organizerId when given) per kind,
// each activity once. By kind.
MATCH (a:Activity)
WHERE $start <= a.date <= $end
  AND ($organizerId IS NULL OR EXISTS { (a)-[:ORGANIZED_BY]->(:Actor {id: $organizerId}) })
RETURN a.kind AS kind, count(a) AS count
ORDER BY kind
