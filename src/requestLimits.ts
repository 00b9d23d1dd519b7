/**
 * The bounds every request is held to before it runs, and their defaults. Each is an environment
 * variable (src/config.ts, README "Configuration"); a refusal names the variable, its value and
 * what the request had, so a client knows what to change and an operator what to raise.
 */

export interface RequestLimits {
  /** GRAPHQL_MAX_DEPTH: fields nested in fields, introspection included (fragments add no level). */
  maxDepth: number;
  /** GRAPHQL_MAX_ALIASES: aliased fields in one operation (an alias flood repeats one costly field). */
  maxAliases: number;
  /** GRAPHQL_MAX_DIRECTIVES: directives in one operation. */
  maxDirectives: number;
  /** GRAPHQL_MAX_TOKENS: lexical tokens of the document; the parser stops at the limit. */
  maxTokens: number;
  /** GRAPHQL_MAX_QUERY_BYTES: length of the query text in bytes. */
  maxQueryBytes: number;
  /** GRAPHQL_MAX_COST: estimated objects and analytic work of an operation (limits/cost.ts). */
  maxCost: number;
  /** GRAPHQL_MAX_RESPONSE_BYTES: size of one answer. */
  maxResponseBytes: number;
  /** REQUEST_TIMEOUT_MS: how long a request may run before its database work is stopped. */
  timeoutMs: number;
}

/** The environment variable behind each limit, as named in refusals and in the README. */
export const LIMIT_VARIABLES: Record<keyof RequestLimits, string> = {
  maxDepth: "GRAPHQL_MAX_DEPTH",
  maxAliases: "GRAPHQL_MAX_ALIASES",
  maxDirectives: "GRAPHQL_MAX_DIRECTIVES",
  maxTokens: "GRAPHQL_MAX_TOKENS",
  maxQueryBytes: "GRAPHQL_MAX_QUERY_BYTES",
  maxCost: "GRAPHQL_MAX_COST",
  maxResponseBytes: "GRAPHQL_MAX_RESPONSE_BYTES",
  timeoutMs: "REQUEST_TIMEOUT_MS",
};

/**
 * Defaults that let every query of the README, the docs, the tests and the benchmark mix run (a
 * test holds them to it), and the standard introspection query (15 levels deep), with room: the
 * costliest of them (the front-end page of the benchmark, 245 countries → 5 partners → their
 * partnerships → 5 activities) is estimated at ≈ 90 000.
 */
export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 16,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 2_000,
  maxQueryBytes: 20_000,
  maxCost: 250_000,
  maxResponseBytes: 32 * 1024 * 1024,
  timeoutMs: 10_000,
};

/** Nesting of arrays and objects in a request's variables; the deepest input of the schema needs 3. */
export const MAX_VARIABLE_DEPTH = 10;
