/**
 * How a GraphQL request ended, for the request log and /metrics: an Apollo plugin notes the
 * operation's name, its errors' codes and its data in the request's context just before the answer is sent
 * (the HTTP layer then knows them without parsing the answer again). Apollo runs each operation on
 * a shallow copy of the context, so the outcome is an object the copy shares, filled in place.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Outcome } from "../observability/metrics";

export interface RequestOutcome {
  operation: string | null;
  errorCodes: string[];
  /** The answer's `data`, which the HTTP layer lets go of once the answer is written (src/http/handler.ts, releaseAfterAnswer). */
  data: Record<string, unknown> | null;
}

/** Where the plugin leaves the outcome: in the context's own outcome object. */
export interface WithOutcome {
  outcome: RequestOutcome;
}

export function pendingOutcome(): RequestOutcome {
  return { operation: null, errorCodes: [], data: null };
}

export function outcomePlugin(): ApolloServerPlugin<WithOutcome> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName, request }) {
          const result = response.body.kind === "single" ? response.body.singleResult : response.body.initialResult;
          contextValue.outcome.data = result.data ?? null;
          contextValue.outcome.operation = operationName ?? request.operationName ?? null;
          contextValue.outcome.errorCodes = (result.errors ?? []).map((error) => String(error.extensions?.code ?? ""));
        },
      };
    },
  };
}

const CLIENT_CODES = /^(BAD_USER_INPUT|BAD_REQUEST|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|OPERATION_RESOLUTION_FAILURE|PERSISTED_QUERY_NOT_SUPPORTED|RESPONSE_TOO_LARGE)$/;

/** One word for the end of a request, from its HTTP status and its errors' codes. */
export function outcomeOf(status: number, errorCodes: readonly string[]): Outcome {
  if (status === 504 || errorCodes.includes("REQUEST_TIMEOUT")) return "timeout";
  if (status === 503 || errorCodes.includes("SERVICE_UNAVAILABLE")) return "unavailable";
  if (status >= 500 || errorCodes.includes("INTERNAL_SERVER_ERROR")) return "server_error";
  if (status >= 400) return "client_error";
  if (errorCodes.length === 0) return "ok";
  return errorCodes.every((code) => CLIENT_CODES.test(code)) ? "client_error" : "partial";
}
