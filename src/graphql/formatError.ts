/**
 * What a client sees of an error. graphql-js does not mask resolver errors by itself: a driver error
 * or a bug would leak its message (and Cypher, ids, hosts) to the client. Only deliberate
 * GraphQLErrors (bad arguments, validation, parse errors, refused limits) pass through; a lost
 * database becomes a clear SERVICE_UNAVAILABLE, a request past its deadline REQUEST_TIMEOUT;
 * everything else is logged and answered "Internal server error". In production no message
 * suggests names of the schema ("Did you mean …?"), whichever step of graphql-js wrote it.
 * This function never throws.
 */
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { isConnectionLost } from "../db/database";
import { ClientGone, RequestTimeout } from "../requestScope";

/** Neo4j ended a transaction at the timeout the request's deadline gave it (src/db/database.ts). */
const TIMEOUT_CODES = new Set(["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "Neo.ClientError.Transaction.TransactionTimedOut"]);
/** graphql-js's suggestions: ` Did you mean "NGO"?`, ` Did you mean "a", "b", or "c"?` */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The error a resolver threw: graphql-js wraps it in a GraphQLError as `originalError`. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

export interface FormatErrorOptions {
  log?: (error: unknown) => void;
  /** Drop "Did you mean …?" from every message. */
  hideSuggestions?: boolean;
}

export function createFormatError(options: FormatErrorOptions | ((error: unknown) => void) = {}) {
  const { log = console.error, hideSuggestions = false } = typeof options === "function" ? { log: options } : options;
  const timeout = (formatted: GraphQLFormattedError, message: string): GraphQLFormattedError =>
    ({ message, path: formatted.path, extensions: { code: "REQUEST_TIMEOUT" } });
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    try {
      const original = rootCause(error);
      if (original instanceof GraphQLError) {
        return hideSuggestions ? { ...formatted, message: formatted.message.replace(SUGGESTION, "") } : formatted;
      }
      if (original instanceof RequestTimeout) return timeout(formatted, original.message);
      if (original instanceof ClientGone) return { message: original.message, path: formatted.path, extensions: { code: "REQUEST_STOPPED" } };
      if (original instanceof Neo4jError && TIMEOUT_CODES.has(original.code)) {
        return timeout(formatted, "The request ran out of time in the database (REQUEST_TIMEOUT_MS) and was stopped");
      }
      if (isConnectionLost(original)) {
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
