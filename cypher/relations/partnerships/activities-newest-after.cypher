// Partnership.activities newest first: the sort key (date, id) of the activity a cursor names, which
// the page fragment (activities-newest.cypher) continues after; the date as text, as every value
// read back is. No row for an unknown id.
MATCH (last:Activity {id: $after})
RETURN [toString(last.date), last.id] AS key
