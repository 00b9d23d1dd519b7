/**
 * GraphQL over HTTP, the request's side: what a GET or a POST asks, and in which media type the
 * answer is written. The rules are Apollo Server's (this service ran on it until BENCHMARKS.md,
 * round 16), so that clients written against it see the same answers, word for word:
 * - CSRF prevention: a request a browser could send from any page without a preflight (a GET, or
 *   a POST of a form or of text/plain) is refused unless it carries `apollo-require-preflight` or
 *   `x-apollo-operation-name`;
 * - one operation per request (no batches), `variables` and `extensions` as objects;
 * - a GET with a content type other than JSON is refused with 415, a PUT with 405.
 */
import type { IncomingHttpHeaders } from "node:http";
import Negotiator from "negotiator";
import { HttpError } from "../http/body";

/** One operation, as a client asks it. */
export interface OperationRequest {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

/** Headers that prove a request went through a CORS preflight (a browser sends none on its own). */
const PREFLIGHT_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight"];
/** Content types a browser may POST from any page without a preflight. */
const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

export const JSON_MEDIA_TYPE = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE_MEDIA_TYPE = "application/graphql-response+json; charset=utf-8";

function badRequest(message: string, status = 400, headers: Record<string, string> = {}): HttpError {
  return new HttpError(status, message, { code: "BAD_REQUEST" }, headers);
}

/** `type/subtype` of a content type, lower case, without parameters. */
function essence(contentType: string): string {
  return contentType.split(";")[0].trim().toLowerCase();
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function preventCsrf(headers: IncomingHttpHeaders): void {
  const contentType = header(headers, "content-type");
  if (contentType !== undefined && !SIMPLE_CONTENT_TYPES.includes(essence(contentType))) return;
  if (PREFLIGHT_HEADERS.some((name) => (header(headers, name) ?? "").length > 0)) return;
  throw badRequest(
    "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header " +
      `(with a type that is not one of ${SIMPLE_CONTENT_TYPES.join(", ")}) or provide a non-empty value for one of the following headers: ${PREFLIGHT_HEADERS.join(", ")}\n`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fromPost(body: unknown): OperationRequest {
  if (Array.isArray(body)) throw badRequest("Operation batching disabled.");
  if (!isRecord(body) || Object.keys(body).length === 0) throw badRequest("POST body missing, invalid Content-Type, or JSON object has no keys.");
  const { query, variables, extensions, operationName } = body;
  if (query !== undefined && query !== null && typeof query !== "string") throw badRequest("GraphQL queries must be strings.");
  for (const [name, value] of [["variables", variables], ["extensions", extensions]] as const) {
    if (typeof value === "string") throw badRequest(`\`${name}\` in a POST body should be provided as an object, not a recursively JSON-encoded string.`);
    if (value !== undefined && value !== null && !isRecord(value)) throw badRequest(`\`${name}\` in a POST body must be an object if provided.`);
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") {
    throw badRequest("`operationName` in a POST body must be a string if provided.");
  }
  return {
    query: typeof query === "string" ? query : undefined,
    operationName: typeof operationName === "string" ? operationName : undefined,
    variables: isRecord(variables) ? variables : undefined,
    extensions: isRecord(extensions) ? extensions : undefined,
  };
}

function fromGet(headers: IncomingHttpHeaders, search: string): OperationRequest {
  const contentType = header(headers, "content-type");
  if (contentType !== undefined && essence(contentType) !== "application/json") {
    throw badRequest("GET requests may not have a content-type header other than application/json.", 415);
  }
  const params = new URLSearchParams(search);
  const once = (name: string): string | undefined => {
    const values = params.getAll(name);
    if (values.length > 1) throw badRequest(`The '${name}' search parameter may only be specified once.`);
    return values[0];
  };
  const json = (name: string): Record<string, unknown> | undefined => {
    const text = once(name);
    if (text === undefined) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest(`The ${name} search parameter contains invalid JSON.`);
    }
    if (!isRecord(value)) throw badRequest(`The ${name} search parameter should contain a JSON-encoded object.`);
    return value;
  };
  return { query: once("query"), operationName: once("operationName"), variables: json("variables"), extensions: json("extensions") };
}

/** The operation an HTTP request asks for; an HttpError (400, 405 or 415) when it asks wrongly. */
export function readOperationRequest(method: string, headers: IncomingHttpHeaders, search: string, body: unknown): OperationRequest {
  preventCsrf(headers);
  if (method === "POST") return fromPost(body);
  if (method === "GET") return fromGet(headers, search);
  throw badRequest("Only GET and POST requests are supported.", 405, { allow: "GET, POST" });
}

/** The media type of the answer: JSON unless the client asks for graphql-response+json; 406 when it accepts neither. */
export function answerMediaType(accept: string | undefined): string {
  if (!accept) return JSON_MEDIA_TYPE;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([JSON_MEDIA_TYPE, GRAPHQL_RESPONSE_MEDIA_TYPE]);
  if (!preferred) throw badRequest(`An 'accept' header was provided for this request which does not accept ${JSON_MEDIA_TYPE} or ${GRAPHQL_RESPONSE_MEDIA_TYPE}`, 406);
  return preferred;
}
