// The tallies about to be built again go first: those of the scope's countries and years
// (src/dataset/tallies.ts; every one of them after an import).
CALL () {
  MATCH (t:CountryActivityTally|PartnerActivityTally)
  WHERE t.country IN $countries AND t.year IN $years
  DELETE t
}
CALL () {
  MATCH (t:ActivityTally)
  WHERE t.year IN $years
  DELETE t
}
