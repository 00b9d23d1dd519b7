/**
 * A corpus of hostile HTTP requests, each with the answer it must get: an error, quickly, coded
 * for what the client did wrong. Every attack the hardening issue found is here, and every one
 * that held before it (injection, batching, huge bodies, fragment cycles, malformed JSON).
 * hostile.test.ts sends them all to one running service and checks that it stays up, leaks
 * nothing and changes nothing.
 */

export interface HostileRequest {
  name: string;
  method?: "GET" | "POST";
  /** Default /graphql. */
  path?: string;
  /** Query string for a GET. */
  search?: string;
  headers?: Record<string, string>;
  /** A JSON body (serialised by the test) or the raw text of one. */
  body?: unknown;
  expect: {
    status: number;
    /** `extensions.code` of the first error; absent when the answer is data. */
    code?: string;
    /** A part of the first error's message. */
    message?: string | RegExp;
    /** The answer is data, not an error (injection attempts are just strings). */
    data?: unknown;
  };
}

const repeat = (n: number, make: (i: number) => string, separator = " ") => Array.from({ length: n }, (_, i) => make(i)).join(separator);

/** `actor { partnerships { foreignParties { partnerships { … } } } }`, `levels` pairs deep (the 3 KB query that killed the process). */
function deepSelection(levels: number): string {
  return `{ actor(id: "vn-kh") { id ${"partnerships { id foreignParties { id ".repeat(levels)} id ${"} } ".repeat(levels)} } }`;
}

export const HOSTILE_REQUESTS: HostileRequest[] = [
  // Size and shape of the document, refused before anything runs.
  { name: "a selection nested 140 levels deep", body: { query: deepSelection(70) }, expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /^Query depth limit of 16 exceeded, found 14\d \(GRAPHQL_MAX_DEPTH\)$/ } },
  { name: "introspection nested 40 levels deep", body: { query: `{ __schema { types { ${"ofType { ".repeat(40)} name ${"} ".repeat(40)} } } }` }, expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "(GRAPHQL_MAX_DEPTH)" } },
  {
    name: "the 271-byte amplification: first: 100 multiplied through three levels",
    body: { query: "{ countries { partners(first: 100) { edges { node { partnerships { activities(first: 100) { edges { node { participants { partnerships { activities(first: 100) { edges { node { id } } } } } } } } } } } } } }" },
    expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /^Query cost limit of 250,000 exceeded, found [\d,]+ \(GRAPHQL_MAX_COST\)/ },
  },
  {
    name: "plain lists multiplied: partnerships of parties of partnerships…",
    body: { query: "{ actors(first: 100) { edges { node { partnerships { foreignParties { partnerships { domesticParties { partnerships { activities(first: 100) { edges { node { id } } } } } } } } } } } }" },
    expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "(GRAPHQL_MAX_COST)" },
  },
  { name: "4 900 aliased brokers (too long a query)", body: { query: `{ ${repeat(4900, (i) => `b${i}: brokers { betweenness }`)} }` }, expect: { status: 413, code: "BAD_REQUEST", message: "(GRAPHQL_MAX_QUERY_BYTES)" } },
  { name: "31 aliased brokers", body: { query: `{ ${repeat(31, (i) => `b${i}: brokers { betweenness }`)} }` }, expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "Aliases limit of 30 exceeded, found 31 (GRAPHQL_MAX_ALIASES)" } },
  {
    name: "25 aliased partnerCoverage",
    body: { query: `{ ${repeat(25, (i) => `c${i}: partnerCoverage(period: { fromYear: ${1990 + i}, toYear: 2020 }) { totals { partners } }`)} }` },
    expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "(GRAPHQL_MAX_COST)" },
  },
  { name: "a flood of directives", body: { query: `{ actors { edges { node { ${repeat(60, (i) => `f${i % 25}: id @include(if: true)`)} } } } }` }, expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" } },
  { name: "thousands of tokens", body: { query: `{ ${"countries { code } ".repeat(700)} }` }, expect: { status: 400, code: "GRAPHQL_PARSE_FAILED", message: "more that 2000 tokens" } },
  { name: "thousands of nested braces", body: { query: `{${"a{".repeat(6000)}b${"}".repeat(6001)}` }, expect: { status: 400, code: "GRAPHQL_PARSE_FAILED" } },
  { name: "a fragment cycle", body: { query: "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }" }, expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Cannot spread fragment "A" within itself via "B".' } },
  { name: "a body over 1 MiB", body: { query: "{ countries { code } }", variables: { pad: "x".repeat(1_100_000) } }, expect: { status: 413 } },

  // Client mistakes are 4xx with a code, never 500.
  { name: "an operationName that names no operation", body: { query: "query A { countries { code } }", operationName: "B" }, expect: { status: 400, code: "BAD_REQUEST", message: 'operationName: the document has no operation named "B"' } },
  { name: "two operations and no operationName", body: { query: "query A { countries { code } } query B { countries { code } }" }, expect: { status: 400, code: "BAD_REQUEST" } },
  { name: "a mutation the schema does not have", body: { query: "mutation { deleteEverything }" }, expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Cannot query field "deleteEverything" on type "Mutation".' } },
  { name: "a subscription", body: { query: "subscription { countries { code } }" }, expect: { status: 400, code: "BAD_REQUEST", message: "This service does not accept subscription operations" } },
  {
    name: "300 000 nested brackets in a variable",
    body: `{"query":"query($k: [ActorKind!]) { search(text: \\"a\\", kinds: $k) { id } }","variables":{"k":${"[".repeat(300_000)}${"]".repeat(300_000)}}}`,
    expect: { status: 400, code: "BAD_USER_INPUT", message: "variables: nested more than 10 levels deep" },
  },
  { name: "a batch of operations", body: [{ query: "{ countries { code } }" }, { query: "{ countries { code } }" }], expect: { status: 400 } },
  { name: "malformed JSON", body: '{"query": "{ countries { code } }"', expect: { status: 400, code: "BAD_REQUEST", message: "Request body is not valid JSON" } },
  { name: "a text/plain body (a CSRF attempt)", headers: { "content-type": "text/plain" }, body: '{"query":"{ countries { code } }"}', expect: { status: 400 } },
  { name: "a GET without a preflight header (CSRF)", method: "GET", search: "?query=%7B%20countries%20%7B%20code%20%7D%20%7D", headers: { "content-type": "text/plain" }, expect: { status: 400 } },
  { name: "a mutation over GET", method: "GET", search: `?query=${encodeURIComponent('mutation { archive(id: "act-x", version: 1, reason: "r") { id } }')}`, headers: { "apollo-require-preflight": "1" }, expect: { status: 405 } },

  // Schema details stay hidden in production, wherever graphql-js would suggest a name.
  { name: "a misspelt field (no suggestion)", body: { query: "{ actorz { totalCount } }" }, expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: /^Cannot query field "actorz" on type "Query"\.$/ } },
  {
    name: "a misspelt enum value in a variable (no suggestion)",
    body: { query: "query($k: [ActorKind!]) { search(text: \"a\", kinds: $k) { id } }", variables: { k: ["NGOO"] } },
    expect: { status: 400, code: "BAD_USER_INPUT", message: /does not exist in "ActorKind" enum\.$/ },
  },

  // Arguments: bounded, checked, never Cypher.
  { name: "first over the page cap", body: { query: "{ actors(first: 101) { totalCount } }" }, expect: { status: 200, code: "BAD_USER_INPUT", message: "first: must be between 0 and 100, got 101" } },
  { name: "a search of 450 000 words", body: { query: "query($t: String!) { search(text: $t) { id } }", variables: { t: "ab ".repeat(150_000) } }, expect: { status: 200, code: "BAD_USER_INPUT", message: "text: must be at most 200 characters" } },
  { name: "a search of 11 words", body: { query: '{ search(text: "a b c d e f g h i j k") { id } }' }, expect: { status: 200, code: "BAD_USER_INPUT", message: "text: must be at most 10 words, got 11" } },
  { name: "a cursor that is not one", body: { query: '{ actors(after: "nope!") { totalCount } }' }, expect: { status: 200, code: "BAD_USER_INPUT", message: "after: is not a cursor returned by this API" } },
  {
    name: "a newest-first cursor for an activity that does not exist",
    body: { query: `{ partnership(id: "ps-kh-wakayama") { activities(first: 2, orderBy: NEWEST_FIRST, after: "${Buffer.from("newest:nope").toString("base64url")}") { edges { node { id } } } } }` },
    expect: { status: 200, code: "BAD_USER_INPUT", message: "after: is not a cursor of this partnership's activities" },
  },
  {
    name: "an id-order cursor on a newest-first list",
    body: { query: `{ partnership(id: "ps-kh-wakayama") { activities(first: 2, orderBy: NEWEST_FIRST, after: "${Buffer.from("id:act-2019-001").toString("base64url")}") { edges { node { id } } } } }` },
    expect: { status: 200, code: "BAD_USER_INPUT", message: "after: is a cursor of a list in another order, not of this one" },
  },
  { name: "Cypher in an id", body: { query: `{ actor(id: "x' }) MATCH (n) DETACH DELETE n //") { id } }` }, expect: { status: 200, data: { actor: null } } },
  { name: "Cypher in a search", body: { query: `{ search(text: "') MATCH (n) DETACH DELETE n //") { id } }` }, expect: { status: 200, data: { search: [] } } },
  { name: "Cypher in a filter", body: { query: `{ actors(filter: { country: "JP' OR 1=1 //" }) { totalCount } }` }, expect: { status: 200, code: "BAD_USER_INPUT" } },
  { name: "an unknown path", method: "GET", path: "/admin", expect: { status: 404 } },
];
