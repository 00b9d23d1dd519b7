/**
 * What a client sees of an error. Apollo does not mask resolver errors by itself: a driver error
 * or a bug would leak its message (and Cypher, ids, hosts) to the client. Only deliberate
 * GraphQLErrors (bad arguments, validation, parse errors) pass through; a lost database becomes
 * a clear SERVICE_UNAVAILABLE; everything else is logged and answered "Internal server error".
 * This function never throws.
 */
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** The error a resolver threw: graphql-js wraps it in a GraphQLError as `originalError`. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

export function createFormatError(log: (error: unknown) => void = console.error) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    try {
      const original = rootCause(error);
      if (original instanceof GraphQLError) return formatted;
      if (original instanceof Neo4jError && UNAVAILABLE_CODES.has(original.code)) {
        log(original);
        return { message: "The database is unavailable; try again later", path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } };
      }
      log(original);
    } catch {
      // fall through to the opaque answer
    }
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
