/**
 * `npm run neo4j`: runs only the project's local Neo4j, in the foreground, until Ctrl-C.
 * NEO4J_LOCAL_DIR (default .neo4j/) and NEO4J_LOCAL_BOLT_PORT (default 7687) choose the data folder
 * and the port, and NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGECACHE (e.g. 4g; defaults 1g and 512m) its
 * memory, read exactly as `npm start` and `npm run import` read them. NEO4J_URI is ignored here.
 * `npm run neo4j -- --fetch-only` only prepares the cache: fetches the jars, compiles the launcher
 * and builds the class archive (used by CI), without starting Neo4j.
 */
import { ConfigError, neo4jConfig } from "../src/config";
import { LocalNeo4jError, neo4jVersion, prepareLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from "../src/db/localNeo4j";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--fetch-only");
  if (unknown.length > 0) {
    console.error(`unknown argument ${unknown.join(" ")}\nUsage: npm run neo4j [-- --fetch-only]`);
    return 2;
  }
  if (args.includes("--fetch-only")) {
    const { lib } = await prepareLocalNeo4j((line) => console.log(line));
    console.log(`Neo4j ${neo4jVersion()} jars are in ${lib}`);
    return 0;
  }
  const config = neo4jConfig({ ...process.env, NEO4J_URI: undefined });
  if (config.mode !== "local") throw new Error("unreachable: NEO4J_URI was removed");

  // Handlers go in before the start so that a Ctrl-C during it is ours, not a silent kill.
  let local: LocalNeo4j | undefined;
  let stopRequested = false;
  const stopped = new Promise<void>((resolve) => {
    const onSignal = () => {
      if (stopRequested) return;
      stopRequested = true;
      // Still starting: exiting closes the launcher's stdin, and it stops Neo4j by itself.
      if (!local) process.exit(0);
      console.log("Stopping Neo4j…");
      void local.stop().then(resolve);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });

  local = await startLocalNeo4j({
    dir: config.dir, boltPort: config.boltPort, heap: config.heap, pageCache: config.pageCache, log: (line) => console.log(line),
  });
  console.log(`Neo4j ${neo4jVersion()} is ready at ${local.uri} (data: ${config.dir})`);
  if (process.env.NEO4J_URI) console.log("Note: NEO4J_URI is set, so `npm start` and `npm test` use that server, not this one.");
  console.log("Press Ctrl-C to stop.");

  const outcome = await Promise.race([stopped.then(() => undefined), local.exited]);
  if (stopRequested) {
    await stopped;
    console.log("Neo4j stopped.");
    return 0;
  }
  if (outcome === undefined) throw new Error("unreachable: stopped without a request");
  console.error(`Neo4j exited unexpectedly (${outcome.signal ?? `exit code ${outcome.code}`}); see ${config.dir}/logs/debug.log`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LocalNeo4jError || error instanceof ConfigError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
