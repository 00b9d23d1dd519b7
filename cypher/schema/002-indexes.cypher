// Indexes for the filters and date ranges the queries use.
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_side IF NOT EXISTS FOR (n:Actor) ON (n.side);
// Folded name for diacritic-insensitive search: CONTAINS on a TEXT index.
CREATE TEXT INDEX actor_search_text IF NOT EXISTS FOR (n:Actor) ON (n.searchText);
CREATE INDEX partnership_kind IF NOT EXISTS FOR (n:Partnership) ON (n.kind);
CREATE INDEX partnership_signed_on IF NOT EXISTS FOR (n:Partnership) ON (n.signedOn);
CREATE INDEX activity_date IF NOT EXISTS FOR (n:Activity) ON (n.date);
CREATE INDEX activity_kind IF NOT EXISTS FOR (n:Activity) ON (n.kind);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX project_start_on IF NOT EXISTS FOR (n:Project) ON (n.startOn);
CREATE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year);
CREATE INDEX review_year IF NOT EXISTS FOR (n:Review) ON (n.year);
