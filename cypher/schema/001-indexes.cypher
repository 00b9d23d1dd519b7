// Indexes for the filters and date ranges the queries use.
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_side IF NOT EXISTS FOR (n:Actor) ON (n.side);
// A page of a country's partners (country, side by equality, then id order) straight from the index:
// the page's cost does not grow with the country's number of partners.
CREATE INDEX actor_country_side_id IF NOT EXISTS FOR (n:Actor) ON (n.country, n.side, n.id);
// Folded name for diacritic-insensitive search: CONTAINS on a TEXT index.
CREATE TEXT INDEX actor_search_text IF NOT EXISTS FOR (n:Actor) ON (n.searchText);
CREATE INDEX partnership_kind IF NOT EXISTS FOR (n:Partnership) ON (n.kind);
CREATE INDEX partnership_signed_on IF NOT EXISTS FOR (n:Partnership) ON (n.signedOn);
CREATE INDEX activity_date IF NOT EXISTS FOR (n:Activity) ON (n.date);
CREATE INDEX activity_kind IF NOT EXISTS FOR (n:Activity) ON (n.kind);
// A page of a partnership's activities in id order from the index (partnershipId is a copy of the
// UNDER relation's end, kept by the importer): a hub partnership's thousands are not expanded.
CREATE INDEX activity_partnership_id IF NOT EXISTS FOR (n:Activity) ON (n.partnershipId, n.id);
// The same page newest first (date, then id, both descending), read backwards from the index.
CREATE INDEX activity_partnership_date_id IF NOT EXISTS FOR (n:Activity) ON (n.partnershipId, n.date, n.id);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX project_start_on IF NOT EXISTS FOR (n:Project) ON (n.startOn);
CREATE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year);
CREATE INDEX review_year IF NOT EXISTS FOR (n:Review) ON (n.year);
// Activity tallies built at import for partnerCoverage (cypher/tallies): a country's tallies
// by year.
CREATE INDEX country_activity_tally IF NOT EXISTS FOR (n:CountryActivityTally) ON (n.country, n.year);
CREATE INDEX partner_activity_tally IF NOT EXISTS FOR (n:PartnerActivityTally) ON (n.country, n.year);
CREATE INDEX activity_tally IF NOT EXISTS FOR (n:ActivityTally) ON (n.year);
// The audit log (src/writes/audit.ts): newest first by sequence, filtered by record or user.
CREATE INDEX audit_sequence IF NOT EXISTS FOR (n:AuditEntry) ON (n.sequence);
CREATE INDEX audit_record IF NOT EXISTS FOR (n:AuditEntry) ON (n.recordId);
CREATE INDEX audit_user IF NOT EXISTS FOR (n:AuditEntry) ON (n.userId);
