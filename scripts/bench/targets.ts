/**
 * The two servers the benchmark compares this service with, over the same Neo4j:
 *  - the floor: `POST /<item>` runs that item's Cypher statements through neo4j-driver and answers
 *    the rows as JSON (the same HTTP path as the GraphQL servers, so the ratios compare the layers
 *    above the database, not the transport);
 *  - a minimal Neo4j GraphQL Library (`@neo4j/graphql`) server at `/graphql`, on Apollo Server (as
 *    the library's documentation runs it), generated from the typeDefs below (the slice of the
 *    graph model the mix reads).
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import http from "node:http";
import neo4j, { type Driver } from "neo4j-driver";
import { Database } from "../../src/db/database";
import { productionStackTraces } from "../../src/observability/stackTraces";
import { floorText, queryMix, type MixArguments } from "./mix";

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Country @node {
    code: ID!
    name: String!
    partners: [Actor!]! @relationship(type: "IN_COUNTRY", direction: IN)
  }
  type Actor @node {
    id: ID!
    name: String!
    nameVi: String
    side: String!
    kind: String!
    searchText: String
    partnerships: [Partnership!]! @relationship(type: "FOREIGN_PARTY", direction: IN)
  }
  type Partnership @node {
    id: ID!
    title: String!
    kind: String!
    activities: [Activity!]! @relationship(type: "UNDER", direction: IN)
  }
  type Activity @node {
    id: ID!
    title: String!
    date: Date!
  }
`;

export async function neo4jGraphqlSchema(driver: Driver) {
  return new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
}

/** Starts the Neo4j GraphQL Library server; resolves to its URL. */
export async function startNeo4jGraphqlServer(driver: Driver, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({ schema: await neo4jGraphqlSchema(driver) });
  const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
  return { url: `${url.replace(/\/$/, "")}/graphql`, stop: () => server.stop() };
}

/**
 * Runs one floor request: the item's statements, concurrently, rows converted to plain JSON values,
 * sent the way the service sends its own reads (Database.read), so no driver call is cheaper.
 */
export async function runFloor(driver: Driver, statements: { name: string; params: Record<string, unknown> }[]) {
  const db = new Database(driver);
  return Promise.all(statements.map(({ name, params }) => db.readComposed({ name, text: floorText(name) }, params)));
}

/** Starts the floor server; resolves to its base URL (items at `<url>/<item>`). */
export async function startFloorServer(driver: Driver, args: MixArguments, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const items = new Map(queryMix(args).map((item) => [item.name, item.floor]));
  const server = http.createServer((req, res) => {
    req.resume(); // the body is not needed: the path names the item
    req.on("end", async () => {
      const statements = items.get((req.url ?? "").replace(/^\//, ""));
      if (!statements) {
        res.writeHead(404).end();
        return;
      }
      try {
        const body = JSON.stringify(await runFloor(driver, statements));
        res.writeHead(200, { "content-type": "application/json" }).end(body);
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `tsx scripts/bench/targets.ts floor|neo4j-graphql PORT` with BENCH_NEO4J_URI and BENCH_ARGUMENTS (JSON) set. */
async function main(): Promise<void> {
  const [target, port] = process.argv.slice(2);
  // As the service runs in production (src/main.ts), so that neither side pays for source maps alone.
  productionStackTraces(true);
  const driver = neo4j.driver(process.env.BENCH_NEO4J_URI!, neo4j.auth.basic("neo4j", "neo4j"));
  const running = target === "floor"
    ? await startFloorServer(driver, JSON.parse(process.env.BENCH_ARGUMENTS!) as MixArguments, Number(port))
    : await startNeo4jGraphqlServer(driver, Number(port));
  console.log(`READY ${running.url}`);
  const stop = async () => {
    await running.stop();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
