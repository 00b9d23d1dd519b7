// Query.countries as the start of a nested read: every country, in code order. The relations
// selected below it are nested under `node` in the same query (graphql/nested.ts).
MATCH (node:Country)
WITH node ORDER BY node.code
