// Uniqueness constraints: one per entity id. Each also gives the index that id lookups use.
// Every node that carries a dataset id also has the label :Entity, so ids are unique across
// types in the whole graph (as in a dataset file) and any id resolves with one index seek.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT permit_id IF NOT EXISTS FOR (n:Permit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT exchange_rate_key IF NOT EXISTS FOR (n:ExchangeRate) REQUIRE (n.currency, n.year) IS UNIQUE;
CREATE CONSTRAINT membership_id IF NOT EXISTS FOR (n:Membership) REQUIRE n.id IS UNIQUE;
// Partnerships, activities, projects and memberships are also :Engagement, the nodes that tie actors
// together. No constraint on :Engagement ids: entity_id (and membership_id for memberships, which are
// not entities) keeps each kind's ids unique and found by one seek, and a third unique index on every
// activity made its node's write about a fifth slower (BENCHMARKS.md, round 13). An entity's id may
// now equal a membership's key; import/link-involvement finds both. Dropped where an earlier version
// created it.
DROP CONSTRAINT engagement_id IF EXISTS;
// One graph version node (its id is always 'graph'): writes lock it (cypher/writes/lock.cypher), and
// a MERGE backed by this constraint cannot create two when two writes meet an empty graph.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
// The brokers ranking stored for the graph version it ranks (src/analytics/network/stored.ts): one node,
// replaced by each new ranking; the constraint keeps two service instances from creating two.
CREATE CONSTRAINT brokers_ranking_id IF NOT EXISTS FOR (n:BrokersRanking) REQUIRE n.id IS UNIQUE;
