/**
 * The HTTP side of the service, on Node's own `http` module:
 *   POST|GET /graphql  → the GraphQL pipeline (graphql/pipeline.ts), within the request's deadline and size bounds
 *   GET /health        → 200 when Neo4j answers, 503 when it does not (within a second)
 *   GET /ready         → 200 when Neo4j answers and the schema is online, 503 otherwise
 *   GET /metrics       → Prometheus metrics
 *   GET <routes>       → the routes given in options (the exports and the yearly report), each with the
 *                        caller and GraphQL asked in-process as that caller
 *   GET /, /coverage…  → the planners' web app; GET /graphiql → GraphiQL (static.ts; self-hosted, no CDN:
 *                        many government networks block them)
 * Every request gets an id (the client's `x-request-id` when it is a plain token, else a new one),
 * echoed in the answer and written in its log line with the operation, the duration and the outcome.
 * A client that goes away stops its request: the database work it started is ended.
 */
import type http from "node:http";
import type { Context } from "../graphql/context";
import { type Caller, Unauthenticated } from "../identity/caller";
import { LIMIT_VARIABLES, type RequestLimits } from "../requestLimits";
import { outcomeOf } from "../graphql/outcome";
import type { Logger } from "../observability/log";
import type { Metrics } from "../observability/metrics";
import { ClientGone, createRequestScope, type RequestScope } from "../requestScope";
import { HttpError, parseBody } from "./body";
import { serveWebApp } from "./static";
import { inProcessExecutor, type Execute } from "../graphql/inProcess";
import type { GraphQLPipeline } from "../graphql/pipeline";
import { answerMediaType, JSON_MEDIA_TYPE, readOperationRequest } from "../graphql/protocol";
import type { Probes } from "./probes";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** What a route of `routes` is given: the request's URL, the response to write, its caller, and GraphQL asked as that caller. */
export interface RouteRequest {
  url: URL;
  res: http.ServerResponse;
  caller: Caller;
  /** Runs an operation through the service's own pipeline (its limits, caches, permissions) with this request's context. */
  execute: Execute;
}

/** A GET route beside /graphql. An HttpError it throws is answered with its status and a JSON error. */
export type Route = (request: RouteRequest) => Promise<void>;

export interface HttpHandlerOptions {
  pipeline: GraphQLPipeline;
  /** This request's context, bound to its scope and caller. */
  context: (scope: RequestScope, caller: Caller) => Context;
  /** The caller an `Authorization` header names; throws Unauthenticated (HTTP 401) for a refused one. */
  authenticate: (authorization: string | undefined) => Promise<Caller>;
  probes: Probes;
  metrics: Metrics;
  log: Logger;
  limits: Pick<RequestLimits, "maxQueryBytes" | "maxResponseBytes" | "timeoutMs">;
  /** GET routes by path (the exports, the yearly report). */
  routes?: Readonly<Record<string, Route>>;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, "content-type": JSON_MEDIA_TYPE });
  res.end(JSON.stringify(body));
}

function errorBody(message: string, extensions: Record<string, unknown> = {}): unknown {
  return { errors: [{ message, ...(Object.keys(extensions).length ? { extensions } : {}) }] };
}

/** The query text of a request, from its JSON body or its URL. */
function queryText(body: unknown, url: URL): string | undefined {
  const query = body && typeof body === "object" ? (body as { query?: unknown }).query : url.searchParams.get("query");
  return typeof query === "string" ? query : undefined;
}

/** The deadline of a route's request (a file built from several analytics), unless the API's is longer. */
export const ROUTE_TIMEOUT_MS = 60_000;

export function createHttpHandler(options: HttpHandlerOptions): http.RequestListener {
  const { pipeline, probes, metrics, log, limits } = options;

  return (req, res) => {
    const started = process.hrtime.bigint();
    const given = req.headers["x-request-id"];
    // A file (an export, the yearly report) asks several analytics in a row: on a cold graph their
    // sum may pass one API call's deadline, so a route gets a longer, still bounded, one.
    const url = new URL(req.url ?? "/", "http://localhost");
    const timeoutMs = options.routes && Object.hasOwn(options.routes, url.pathname) ? Math.max(limits.timeoutMs, ROUTE_TIMEOUT_MS) : limits.timeoutMs;
    const scope = createRequestScope({ timeoutMs, id: typeof given === "string" && REQUEST_ID.test(given) ? given : undefined });
    res.setHeader("x-request-id", scope.id);
    // A public API used by browser front-ends: any origin may call it. Writes need a bearer token in
    // the Authorization header, which no browser adds on its own (no cookies are used), so another
    // site cannot write as a user; CSRF prevention (graphql/protocol.ts) still refuses the "simple"
    // requests a browser would send without preflight.
    res.setHeader("access-control-allow-origin", "*");
    res.on("close", () => {
      if (!res.writableFinished) scope.abort(new ClientGone());
      scope.end();
    });
    // Every context the request made (a route may run several operations); the last one's outcome is logged.
    const contexts: Context[] = [];
    route(req, res, url, scope, (created) => contexts.push(created))
      .catch((error: unknown) => {
        const known = error instanceof HttpError;
        if (!known) log.error({ reqId: scope.id, err: error }, "request failed");
        if (!res.headersSent) {
          sendJson(res, known ? error.status : 500, errorBody(known ? error.message : "Internal server error", known ? error.extensions : { code: "INTERNAL_SERVER_ERROR" }), known ? error.headers : {});
        } else {
          res.destroy();
        }
      })
      .finally(() => {
        contexts.forEach(releaseAfterAnswer);
        if (url.pathname !== "/graphql") return;
        const context = contexts.at(-1);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const gone = scope.signal.reason instanceof ClientGone;
        const outcome = gone ? "client_closed" : outcomeOf(res.statusCode, context?.outcome.errorCodes ?? []);
        const operation = context?.outcome.operation ?? null;
        metrics.observe(operation, outcome, seconds);
        log.info({ reqId: scope.id, operation, status: gone ? null : res.statusCode, outcome, durationMs: Math.round(seconds * 1000) }, "graphql request");
      });
  };

  /**
   * Empties the request's read caches and the lists of its answer's data once it is answered. Why,
   * when nothing refers to them after the answer: a young-generation collection that falls during a
   * request moves what the request holds then (its context, the loaders' maps, the answer's lists
   * being filled) to the old generation, and whatever the request adds to those afterwards is kept
   * alive by them, dead or not, until the next full collection: copied through two young
   * collections and moved to the old generation too. On the benchmark's page that was a whole
   * page's objects per young collection (BENCHMARKS.md, round 12).
   */
  function releaseAfterAnswer(context: Context): void {
    context.read.forget();
    // The answer is filled depth first: its root fields' lists (and a root connection's edges) hold
    // all the rest. Every list there is the executor's own, made for this answer (graphql-js and
    // graphql-jit complete each list field into a new array), so emptying it touches nothing a
    // resolver keeps; only a JSON scalar's value would be the resolver's, and none is that shallow.
    const roots = Object.values(context.outcome.data ?? {});
    emptyLists(roots);
    for (const root of roots) if (root && typeof root === "object") emptyLists(Object.values(root));
    context.outcome.data = null;
  }

  function emptyLists(values: readonly unknown[]): void {
    for (const value of values) if (Array.isArray(value)) value.length = 0;
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL, scope: RequestScope, onContext: (context: Context) => void): Promise<void> {
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }
    switch (url.pathname) {
      case "/health":
      case "/ready": {
        const result = url.pathname === "/health" ? await probes.health() : await probes.ready();
        sendJson(res, result.ok ? 200 : 503, { status: result.status });
        return;
      }
      case "/metrics": {
        const { contentType, body } = await metrics.text();
        res.writeHead(200, { "content-type": contentType });
        res.end(body);
        return;
      }
      case "/graphql":
        return graphql(req, res, url, scope, onContext);
    }
    const extra = req.method === "GET" && options.routes && Object.hasOwn(options.routes, url.pathname) ? options.routes[url.pathname] : undefined;
    if (extra) return routed(req, res, url, scope, extra, onContext);
    if ((req.method === "GET" || req.method === "HEAD") && (await serveWebApp(res, url.pathname))) return;
    sendJson(res, 404, errorBody("Not found: the GraphQL endpoint is /graphql"));
  }

  /** The caller an Authorization header names; a refused token refuses the whole request (401). */
  async function callerOf(req: http.IncomingMessage): Promise<Caller> {
    try {
      return await options.authenticate(req.headers.authorization);
    } catch (error) {
      if (error instanceof Unauthenticated) throw new HttpError(401, error.message, { code: "UNAUTHENTICATED" });
      throw error;
    }
  }

  /** A route of `routes`, given the caller (a refused token: 401, as on /graphql) and GraphQL within the request's scope. */
  async function routed(req: http.IncomingMessage, res: http.ServerResponse, url: URL, scope: RequestScope, handler: Route, onContext: (context: Context) => void): Promise<void> {
    const caller = await callerOf(req);
    const execute = inProcessExecutor(pipeline, () => {
      const context = options.context(scope, caller);
      onContext(context);
      return context;
    });
    await handler({ url, res, caller, execute });
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, scope: RequestScope, onContext: (context: Context) => void): Promise<void> {
    // Credentials first: a refused token refuses the whole request, before any of it is read.
    const caller = await callerOf(req);
    const body = await parseBody(req);
    const query = queryText(body, url);
    if (query !== undefined && Buffer.byteLength(query) > limits.maxQueryBytes) {
      throw new HttpError(413, `query: ${Buffer.byteLength(query)} bytes, more than the limit of ${limits.maxQueryBytes} (${LIMIT_VARIABLES.maxQueryBytes})`, {
        code: "BAD_REQUEST", limit: LIMIT_VARIABLES.maxQueryBytes,
      });
    }
    const method = req.method?.toUpperCase() ?? "GET";
    const request = readOperationRequest(method, req.headers, url.search, body);
    const mediaType = answerMediaType(req.headers.accept);
    const context = options.context(scope, caller);
    onContext(context);
    const response = await pipeline.run(request, context, method === "GET" ? "GET" : "POST");
    if (scope.signal.aborted && scope.signal.reason instanceof ClientGone) return; // nobody to answer
    // Sent as the bytes the size check counted, encoded once. Handing Node the string made it copy
    // the answer behind the headers and encode it again while writing: for the benchmark's page
    // (250 KB) that write was 3.1 ms of Node CPU per request, 0.5 ms as bytes (BENCHMARKS.md, round 9).
    // Each character is at least one byte: a longer string is refused before it is encoded.
    const text = JSON.stringify(response.result) + "\n";
    const answer = text.length > limits.maxResponseBytes ? null : Buffer.from(text);
    const bytes = answer?.length ?? Buffer.byteLength(text);
    if (!answer || bytes > limits.maxResponseBytes) {
      throw new HttpError(400, `The answer would be ${bytes} bytes, more than the limit of ${limits.maxResponseBytes} (${LIMIT_VARIABLES.maxResponseBytes}): ask for fewer items`, {
        code: "RESPONSE_TOO_LARGE", limit: LIMIT_VARIABLES.maxResponseBytes,
      });
    }
    for (const [key, value] of Object.entries(response.headers)) res.setHeader(key, value);
    res.setHeader("content-type", mediaType);
    res.statusCode = response.status;
    res.end(answer);
  }
}
