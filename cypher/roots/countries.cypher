// Query.countries: every country, in code order; the relations selected below it are read in the
// same query (src/graphql/read/engine.ts, rootList).
MATCH ({{node}}:Country)
WITH {{node}} ORDER BY {{node}}.code
