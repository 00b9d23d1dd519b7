/**
 * Composition root: the GraphQL pipeline over the schema, the HTTP handler, and their lifecycle.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphQLSchema } from "graphql";
import type { Database } from "./db/database";
import { createContext } from "./graphql/context";
import { type AuthConfig, authConfig, callerOf } from "./identity/tokens";
import { isDomesticUnit } from "./modules/actors/actor.units";
import { createQueryCaches, type QueryCaches } from "./graphql/queryCaches";
import { createFormatError } from "./graphql/formatError";
import { GraphQLPipeline } from "./graphql/pipeline";
import { DEFAULT_LIMITS, type RequestLimits } from "./requestLimits";
import { appSchema } from "./schema";
import { createHttpHandler } from "./http/handler";
import { exportRoutes } from "./exports/route";
import { reportRoutes } from "./reports/route";
import { createProbes } from "./http/probes";
import { silentLogger, type Logger } from "./observability/log";
import { Metrics } from "./observability/metrics";
import { configureBrokers, watchBrokers, type BrokersOptions } from "./analytics/network/precompute";

/** Memory for the parsed and compiled queries kept when none is configured (GRAPHQL_QUERY_CACHE_MB). */
export const DEFAULT_QUERY_CACHE_BYTES = 64 * 1024 * 1024;

/** How long stopping waits for running requests before it closes their connections. */
export const STOP_GRACE_MS = 10_000;

export interface ServerOptions {
  /** Hide "Did you mean …?" suggestions that reveal the schema (on in production). */
  production: boolean;
  /** Where unexpected errors go (default: the logger, at level error). */
  log?: (error: unknown) => void;
  /** Request lines and lifecycle messages (default: none). */
  logger?: Logger;
  /** Who executes operations: graphql-jit (the default), or graphql-js's interpreter, to compare the two. */
  execution?: "graphql-jit" | "graphql-js";
  /** How bearer tokens are verified (default: none configured, so every token is refused and requests read as anonymous). */
  auth?: AuthConfig;
  /** Bounds on every request (default: DEFAULT_LIMITS). */
  limits?: RequestLimits;
  /** The parsed documents and compiled operations kept (default: new ones within DEFAULT_QUERY_CACHE_BYTES). */
  queryCaches?: QueryCaches;
  /** The brokers ranking's time budget and wait (default: DEFAULT_BROKERS_OPTIONS). */
  brokers?: Partial<BrokersOptions>;
}

/** The service's GraphQL pipeline over `schema`, configured as the server runs it. */
export function createPipeline(schema: GraphQLSchema, options: ServerOptions): GraphQLPipeline {
  const logger = options.logger ?? silentLogger;
  return new GraphQLPipeline(schema, {
    limits: options.limits ?? DEFAULT_LIMITS,
    caches: options.queryCaches ?? createQueryCaches(schema, DEFAULT_QUERY_CACHE_BYTES),
    formatError: createFormatError({ log: options.log ?? ((error) => logger.error({ err: error }, "unexpected error")), hideSuggestions: options.production }),
    execution: options.execution,
  });
}

/**
 * Stops `httpServer` accepting connections, closes the idle ones as they fall idle, and after
 * `graceMs` the rest: running requests get that long to finish.
 */
function drain(httpServer: http.Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const idle = setInterval(() => httpServer.closeIdleConnections(), 100);
    const force = setTimeout(() => httpServer.closeAllConnections(), graceMs);
    httpServer.close(() => {
      clearInterval(idle);
      clearTimeout(force);
      resolve();
    });
    httpServer.closeIdleConnections();
  });
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** Stops accepting requests and lets running ones finish (STOP_GRACE_MS at most). Leaves the database open. */
  stop(): Promise<void>;
}

export async function startServer(
  db: Database,
  options: ServerOptions & { host: string; port: number; queryCacheBytes?: number; neo4jPoolSize?: number },
): Promise<RunningServer> {
  const httpServer = http.createServer();
  const schema = await appSchema();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const auth = options.auth ?? authConfig({});
  const logger = options.logger ?? silentLogger;
  const queryCaches = createQueryCaches(schema, options.queryCacheBytes ?? DEFAULT_QUERY_CACHE_BYTES);
  const pipeline = createPipeline(schema, { ...options, limits, queryCaches });
  // The brokers ranking is computed in the background whenever the graph changes (and now, for the current graph).
  configureBrokers(db, options.brokers ?? {});
  const stopWatchingBrokers = watchBrokers(db);
  const metrics = new Metrics({
    neo4jSessions: () => ({ open: db.sessionsOpen, max: options.neo4jPoolSize ?? 0 }),
    queryCaches: () => ({ documents: queryCaches.documents.size, compiled: queryCaches.compiled.size }),
  });
  httpServer.on(
    "request",
    createHttpHandler({
      pipeline,
      context: (scope, caller) => createContext(db, { scope, caller, writesConfigured: auth.verifier !== null }),
      authenticate: (authorization) => callerOf(authorization, auth, (unitId) => isDomesticUnit(db, unitId)),
      probes: createProbes(db),
      metrics,
      log: logger,
      limits,
      routes: { ...exportRoutes(), ...reportRoutes() },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    stop: () => {
      stopWatchingBrokers();
      return drain(httpServer, STOP_GRACE_MS);
    },
  };
}
