/**
 * Deliberate client errors. Anything thrown that is not a GraphQLError is treated as a bug and
 * masked by the server's error formatter (src/graphql/formatError.ts).
 */
import { GraphQLError } from "graphql";

/**
 * A request refused before execution (its protocol, its operation, its limits): `extensions.http`
 * carries the HTTP status it answers with, and any headers that answer needs (405's `allow`).
 */
export function badRequest(message: string,
  options: { code?: string; status?: number; headers?: Record<string, string>; details?: Record<string, unknown> } = {}): GraphQLError {
  const { code = "BAD_REQUEST", status = 400, headers, details } = options;
  return new GraphQLError(message, { extensions: { code, ...details, http: { status, ...(headers ? { headers } : {}) } } });
}

/** A bad argument: the message names it, `extensions.argument` carries its path. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, {
    extensions: { code: "BAD_USER_INPUT", argument },
  });
}

/** A write the caller may not make: the message says why, `extensions.rule` names the rule (identity/permissions.ts). */
export function forbidden(rule: string, message: string): GraphQLError {
  return new GraphQLError(`Forbidden (${rule}): ${message}`, { extensions: { code: "FORBIDDEN", rule } });
}

/** A write that the stored data does not allow now (a stale version, live references): nothing was written. */
export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT", ...details } });
}
