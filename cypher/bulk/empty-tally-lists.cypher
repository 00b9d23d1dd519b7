// After a bulk import (src/dataset/bulk/tallies.ts): a tally none of whose activities is funded
// stores empty funds lists, as the online build's collect() of nothing does; the offline importer
// cannot write an empty list, and tallies have no id, so they are found by label (a few thousand).
MATCH (t)
WHERE (t:ActivityTally OR t:CountryActivityTally) AND t.fundsCurrencies IS NULL
SET t.fundsCurrencies = [], t.fundsAmounts = []
