/**
 * `npm start`: Neo4j (the project's own local one unless NEO4J_URI is set), schema, demo data
 * when the graph is empty (not in production unless LOAD_DEMO=true), then GraphQL on
 * http://HOST:PORT/graphql. Stops cleanly on SIGINT/SIGTERM. Logs are JSON lines on stderr.
 */
import "reflect-metadata"; // before any type-graphql decorator runs
import { ConfigError, loadConfig } from "./config";
import { DRIVER_SETTINGS, connectNeo4j } from "./db/connect";
import { LocalNeo4jError } from "./db/localNeo4j";
import { loadDemoIfEmpty } from "./dataset/demo";
import { createLogger, type Logger } from "./observability/log";
import { productionStackTraces } from "./observability/stackTraces";
import { startServer } from "./server";

/**
 * The last resort. A rejected promise nobody handled is logged and the service goes on: it is one
 * request's lost work, not a broken process. An exception nobody caught may have left shared state
 * half-changed (a stack overflow inside a library, say): the process logs it and exits non-zero,
 * so that its supervisor (Docker's restart policy, systemd, Kubernetes) starts a clean one.
 */
function installLastResort(log: Logger): void {
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection (the service goes on)"));
  process.on("uncaughtException", (error) => {
    log.fatal({ err: error }, "uncaught exception: exiting so that a supervisor restarts the service");
    process.exit(70); // EX_SOFTWARE
  });
}

async function main(log: Logger): Promise<void> {
  const config = loadConfig();
  log.level = config.logLevel;
  productionStackTraces(config.production);
  const neo4j = await connectNeo4j(config.neo4j, (line) => log.info(line));
  let stopping = false;
  try {
    log.info(`Neo4j: ${neo4j.uri}`);
    if (config.loadDemo) await loadDemoIfEmpty(neo4j.db, (line) => log.info(line));
    const server = await startServer(neo4j.db, {
      host: config.host, port: config.port, production: config.production, limits: config.limits,
      queryCacheBytes: config.queryCacheBytes, neo4jPoolSize: DRIVER_SETTINGS.maxConnectionPoolSize, logger: log, auth: config.auth,
      brokers: config.brokers,
    });
    log.info(config.auth.verifier
      ? `Bearer tokens verified with ${config.auth.verifier.algorithms.join("/")}${config.auth.required ? "; a token is required" : "; requests without one read as anonymous"}`
      : "No AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY_FILE: every bearer token is refused, requests read as anonymous");
    console.log(`GraphQL ready at ${server.url} (web app: ${server.url.replace(/graphql$/, "")}, GraphiQL: ${server.url.replace(/graphql$/, "graphiql")})`);
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: shutting down…`);
      await server.stop();
      log.info("HTTP server stopped; closing Neo4j…");
      await neo4j.close();
      log.info("Stopped.");
      process.exit(0);
    };
    process.on("SIGINT", () => void shutdown("SIGINT"));
    process.on("SIGTERM", () => void shutdown("SIGTERM"));
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}

const log = createLogger();
installLastResort(log);
main(log).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) log.fatal(error.message);
  else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") log.fatal(`PORT is in use: ${(error as Error).message}; set PORT to a free port`);
  else log.fatal({ err: error }, "could not start");
  process.exit(1);
});
