// Activity tallies (see country-activities.cypher): the previous import's go before they are built
// again from the whole graph.
MATCH (t:CountryActivityTally|ActivityTally|PartnerActivityTally)
DELETE t
