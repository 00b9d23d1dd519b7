/**
 * `npm start`: Neo4j (the project's own local one unless NEO4J_URI is set), schema, demo data
 * when the graph is empty, then GraphQL on http://HOST:PORT/graphql. Stops cleanly on SIGINT/SIGTERM.
 */
import "reflect-metadata"; // before any type-graphql decorator runs
import { ConfigError, loadConfig } from "./config";
import { connectNeo4j } from "./db/connect";
import { LocalNeo4jError } from "./db/localNeo4j";
import { loadDemoIfEmpty } from "./dataset/demo";
import { startServer } from "./server";

const log = (line: string) => console.error(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await connectNeo4j(config.neo4j, log);
  let stopping = false;
  try {
    log(`Neo4j: ${neo4j.uri}`);
    if (config.loadDemo) await loadDemoIfEmpty(neo4j.db, log);
    const server = await startServer(neo4j.db, { host: config.host, port: config.port, production: config.production });
    console.log(`GraphQL ready at ${server.url} (query page: ${server.url.replace(/graphql$/, "")})`);
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: shutting down…`);
      await server.stop();
      log("HTTP server stopped; closing Neo4j…");
      await neo4j.close();
      log("Stopped.");
      process.exit(0);
    };
    process.on("SIGINT", () => void shutdown("SIGINT"));
    process.on("SIGTERM", () => void shutdown("SIGTERM"));
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") console.error(`PORT is in use: ${(error as Error).message}; set PORT to a free port`);
  else console.error(error);
  process.exit(1);
});
