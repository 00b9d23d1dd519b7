/**
 * How a GraphQL request ended, for the request log and /metrics: the pipeline notes the
 * operation's name, its errors' codes and its data in the request's context just before the answer is sent
 * (the HTTP layer then knows them without parsing the answer again).
 */
import type { FormattedExecutionResult } from "graphql";
import type { Outcome } from "../observability/metrics";

export interface RequestOutcome {
  operation: string | null;
  errorCodes: string[];
  /** The answer's `data`, which the HTTP layer lets go of once the answer is written (src/http/handler.ts, releaseAfterAnswer). */
  data: Record<string, unknown> | null;
}

export function pendingOutcome(): RequestOutcome {
  return { operation: null, errorCodes: [], data: null };
}

/** Notes how an operation ended in `outcome`. */
export function noteOutcome(outcome: RequestOutcome, operationName: string | null, result: FormattedExecutionResult): void {
  outcome.data = result.data ?? null;
  outcome.operation = operationName;
  outcome.errorCodes = (result.errors ?? []).map((error) => String(error.extensions?.code ?? ""));
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
