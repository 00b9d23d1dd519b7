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
import { compiledGateway } from "./graphql/executor";
import { createFormatError } from "./graphql/formatError";
import { createHttpHandler } from "./graphql/http";
import { projectionPlugin } from "./graphql/projection";
import { appSchema } from "./graphql/schema";

export interface ServerOptions {
  /** Hide "Did you mean …?" suggestions that reveal the schema (on in production). */
  production: boolean;
  log?: (error: unknown) => void;
  /** Who executes operations: graphql-jit (the default), or graphql-js (Apollo's own), to compare the two. */
  execution?: "graphql-jit" | "graphql-js";
}

export function apolloOptions(schema: GraphQLSchema, options: ServerOptions, httpServer?: http.Server): ApolloServerOptions<Context> {
  return {
    // Apollo parses, validates and formats; graphql-jit executes (src/graphql/executor.ts).
    ...(options.execution === "graphql-js" ? { schema } : { gateway: compiledGateway(schema) }),
    formatError: createFormatError(options.log),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    // Off: with it on, any client could register any query under a hash.
    persistedQueries: false,
    // Bounds the work of validating a query with deeply nested or repeated fragments.
    maxRecursiveSelections: 10_000,
    csrfPrevention: true,
    // One operation per request, hence per context: each request's projections and loader caches
    // belong to its one operation (src/graphql/projection.ts).
    allowBatchedHttpRequests: false,
    introspection: true,
    // main.ts owns the process lifecycle (HTTP, then Neo4j, then exit); Apollo's own signal
    // handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's default landing page loads from a CDN; we serve our own page at "/".
      ApolloServerPluginLandingPageDisabled(),
      // The service sets no cache hints; Apollo's default cache-control plugin would still wrap
      // every field resolver to compute them (measured: a quarter of the CPU of a large page).
      ApolloServerPluginCacheControlDisabled(),
      // Entity queries read only the properties the operation selects.
      projectionPlugin(),
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

export async function startServer(db: Database, options: ServerOptions & { host: string; port: number }): Promise<RunningServer> {
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>(apolloOptions(await appSchema(), options, httpServer));
  await apollo.start();
  httpServer.on(
    "request",
    createHttpHandler({
      apollo,
      context: async () => createContext(db),
      health: async () => (await db.read("queries/health")).length === 1,
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
    stop: () => apollo.stop(),
  };
}
