/**
 * Composition root: the Apollo server over the schema, the HTTP handler, and their lifecycle.
 * Every production default of Apollo Server 5 that matters is set here on purpose (see DESIGN),
 * and `apolloOptions` is exported so a test can assert the effective configuration.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerOptions } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { GraphQLSchema } from "graphql";
import type { Database } from "./db/database";
import { createContext, type Context } from "./graphql/context";
import { type AuthConfig, authConfig, callerOf } from "./identity/tokens";
import { isDomesticUnit } from "./modules/actors/actor.units";
import { compiledGateway } from "./graphql/executor";
import { createQueryCaches, type QueryCaches } from "./graphql/queryCaches";
import { createFormatError } from "./graphql/formatError";
import { requestGuardPlugin } from "./graphql/limits/guard";
import { DEFAULT_LIMITS, type RequestLimits } from "./requestLimits";
import { limitRules, parseOptions } from "./graphql/limits/rules";
import { outcomePlugin } from "./graphql/outcome";
import { projectionPlugin } from "./graphql/read/projection";
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

export interface ServerOptions {
  /** Hide "Did you mean …?" suggestions that reveal the schema (on in production). */
  production: boolean;
  /** Where unexpected errors go (default: the logger, at level error). */
  log?: (error: unknown) => void;
  /** Request lines and lifecycle messages (default: none). */
  logger?: Logger;
  /** Who executes operations: graphql-jit (the default), or graphql-js (Apollo's own), to compare the two. */
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

export function apolloOptions(schema: GraphQLSchema, options: ServerOptions, httpServer?: http.Server): ApolloServerOptions<Context> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const logger = options.logger ?? silentLogger;
  const caches = options.queryCaches ?? createQueryCaches(schema, DEFAULT_QUERY_CACHE_BYTES);
  return {
    // Apollo parses, validates and formats; graphql-jit executes (src/graphql/executor.ts).
    ...(options.execution === "graphql-js" ? { schema } : { gateway: compiledGateway(schema, caches.compiled) }),
    // Parsed and validated documents, by query text, within a memory bound (Apollo's default keeps 30 MB of their JSON).
    documentStore: caches.documents,
    formatError: createFormatError({ log: options.log ?? ((error) => logger.error({ err: error }, "unexpected error")), hideSuggestions: options.production }),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    // Off: with it on, any client could register any query under a hash.
    persistedQueries: false,
    // Bounds the work of validating a query with deeply nested or repeated fragments.
    maxRecursiveSelections: 10_000,
    // Depth, aliases and directives are refused with validation; tokens stop the parser (limits/).
    validationRules: limitRules(limits),
    parseOptions: parseOptions(limits),
    csrfPrevention: true,
    // One operation per request, hence per context: each request's projections and loader caches
    // belong to its one operation (src/graphql/read/projection.ts).
    allowBatchedHttpRequests: false,
    introspection: true,
    // main.ts owns the process lifecycle (HTTP, then Neo4j, then exit); Apollo's own signal
    // handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    // Apollo's own warnings (e.g. a document it could not cache) go to the service's log.
    logger: {
      debug: (message) => logger.debug(message),
      info: (message) => logger.info(message),
      warn: (message) => logger.warn(message),
      error: (message) => logger.error(message),
    },
    plugins: [
      // Apollo's default landing page loads from a CDN; we serve our own page at "/".
      ApolloServerPluginLandingPageDisabled(),
      // The service sets no cache hints; Apollo's default cache-control plugin would still wrap
      // every field resolver to compute them (measured: a quarter of the CPU of a large page).
      ApolloServerPluginCacheControlDisabled(),
      // Unknown operations, unsupported operation types, hostile variables and costly queries are
      // refused here, before anything is compiled or run.
      requestGuardPlugin(limits),
      // Entity queries read only the properties the operation selects.
      projectionPlugin(),
      // The operation and its error codes, for the request log and /metrics.
      outcomePlugin(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  };
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** Stops accepting requests, lets running ones finish, stops Apollo. Leaves the database open. */
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
  const apollo = new ApolloServer<Context>(apolloOptions(schema, { ...options, limits, queryCaches }, httpServer));
  await apollo.start();
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
      apollo,
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
      return apollo.stop();
    },
  };
}
