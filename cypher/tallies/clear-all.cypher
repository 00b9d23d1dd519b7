// Every tally goes, before a rebuild of the whole graph's (src/dataset/tallies.ts): one scan of
// each label, not the index seek per country and year that `clear` makes, which in a transaction
// that has deleted many nodes costs each seek a pass over them; and none is left of a year the
// graph no longer holds.
MATCH (t:CountryActivityTally|PartnerActivityTally|ActivityTally)
DELETE t
