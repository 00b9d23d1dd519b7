// CountryActivityTally nodes counted from an import's file (src/dataset/countedTallies.ts, writeCountedTallies in
// src/dataset/tallies.ts), with the properties tallies/build.cypher gives them.
UNWIND $rows AS row
CREATE (t:CountryActivityTally)
SET t = row
