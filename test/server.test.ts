/**
 * The running service over HTTP: the GraphQL pipeline's deliberate defaults, error masking, CSRF
 * prevention, the body limit, /health and the self-hosted web app.
 */
import neo4j, { Neo4jError } from "neo4j-driver";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../src/db/database";
import { importDataset } from "../src/dataset/import";
import { createFormatError } from "../src/graphql/formatError";
import { MAX_BODY_BYTES } from "../src/http/body";
import { DEFAULT_LIMITS } from "../src/requestLimits";
import { createQueryCaches } from "../src/graphql/queryCaches";
import { createContext } from "../src/graphql/context";
import { appSchema } from "../src/schema";
import { createPipeline, startServer, type RunningServer } from "../src/server";
import { smallDataset } from "./fixtures/small";
import { connectTestDb, resetGraph } from "./support/db";

let db: Database;
let server: RunningServer;
const logged: unknown[] = [];

beforeAll(async () => {
  db = await connectTestDb();
  await resetGraph(db);
  await importDataset(db, smallDataset());
  server = await startServer(db, { host: "127.0.0.1", port: 0, production: true, log: (e) => logged.push(e) });
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
  await db.close();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("GraphQL pipeline defaults", () => {
  it("refuses persisted queries: any client could register any query under a hash", async () => {
    const response = await post({ query: "{ countries { code } }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    const body: any = await response.json();
    expect(body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_SUPPORTED");
    expect(body.data).toBeUndefined();
  });

  it("refuses fragments that spread each other into too many selections, before running anything", async () => {
    // About 100 000 selections from a few hundred bytes (each fragment spreads the next twice),
    // within the depth, alias and token limits.
    const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} countries { code } ...F${i + 1} }`).join(" ");
    const response = await post({ query: `query Wide { ...F0 } ${fragments} fragment F14 on Query { countries { code } }` });
    expect(response.status).toBe(400);
    const body: any = await response.json();
    expect(body.errors[0]).toMatchObject({ message: 'Operation "Wide" recursively requests too many selections.', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("answers introspection, and errors without stack traces", async () => {
    const introspection: any = await (await post({ query: "{ __schema { queryType { name } } }" })).json();
    expect(introspection.data.__schema.queryType.name).toBe("Query");
    const failed: any = await (await post({ query: "{ nope }" })).json();
    expect(failed.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it("limits every request before it runs, and keeps parsed documents within a memory bound", async () => {
    const schema = await appSchema();
    const caches = createQueryCaches(schema, 1024 * 1024);
    const pipeline = createPipeline(schema, { production: true, queryCaches: caches });
    const tooLong = `{ ${"countries { code } ".repeat(DEFAULT_LIMITS.maxTokens / 4)} }`;
    const refused = await pipeline.run({ query: tooLong }, createContext(db));
    expect(refused.status).toBe(400);
    expect(refused.result.errors?.[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(caches.documents.size.entries).toBe(0);
    const query = "{ countries { code } }";
    expect((await pipeline.run({ query }, createContext(db))).status).toBe(200);
    expect((await pipeline.run({ query }, createContext(db))).status).toBe(200);
    expect(caches.documents.size.entries).toBe(1);
    expect(caches.documents.size.bytes).toBeLessThanOrEqual(512 * 1024);
  });
});

describe("formatError", () => {
  const format = createFormatError(() => {});
  it("passes deliberate GraphQL errors through", () => {
    const error = new GraphQLError("first: must be between 0 and 100, got 101", { extensions: { code: "BAD_USER_INPUT" } });
    expect(format({ message: error.message, extensions: { code: "BAD_USER_INPUT" } }, error)).toEqual({
      message: "first: must be between 0 and 100, got 101", extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("masks anything else as an internal error", () => {
    const error = new GraphQLError("Cypher blew up at MATCH (n:Secret)", { originalError: new Error("Cypher blew up at MATCH (n:Secret)") });
    expect(format({ message: error.message, path: ["actors"] }, error)).toEqual({
      message: "Internal server error", path: ["actors"], extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("turns a lost database into SERVICE_UNAVAILABLE", () => {
    const lost = new Neo4jError("Could not connect to bolt://10.0.0.1:7687", "ServiceUnavailable", "08000", "connection exception");
    const error = new GraphQLError(lost.message, { originalError: lost });
    expect(format({ message: error.message }, error)).toEqual({
      message: "The database is unavailable; try again later", extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });
});

describe("HTTP", () => {
  it("answers a GraphQL POST", async () => {
    const response = await post({ query: "{ actors { totalCount } }" });
    expect(logged).toEqual([]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { actors: { totalCount: 10 } } });
  });

  it("answers the same query the same way again: what a request lets go of after its answer is its own", async () => {
    // The handler empties the answer's lists and the read caches once an answer is written (src/http/handler.ts).
    const query = "{ countries { code partners(first: 2) { edges { node { id partnerships { id } } } } } actors(first: 3) { totalCount edges { node { id name } } } }";
    type Answer = { data: { countries: unknown[]; actors: { edges: unknown[] } }; errors?: unknown };
    const first = (await (await post({ query })).json()) as Answer;
    const second = (await (await post({ query })).json()) as Answer;
    expect(first.errors).toBeUndefined();
    expect(first.data.countries.length).toBeGreaterThan(0);
    expect(first.data.actors.edges).toHaveLength(3);
    expect(second).toEqual(first);
  });

  it("refuses a batch of operations with 400 (one operation per request)", async () => {
    const response = await post([{ query: "{ actors { totalCount } }" }, { query: "{ countries { code } }" }]);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it("refuses a GET without a preflight header (CSRF prevention)", async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent("{ actors { totalCount } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("CSRF");
  });

  it("accepts a GET with the preflight header", async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent("{ actors { totalCount } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(await response.json()).toEqual({ data: { actors: { totalCount: 10 } } });
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await post({ query: `{ actors { totalCount } }`, padding: "x".repeat(MAX_BODY_BYTES) });
    expect(response.status).toBe(413);
  });

  it("answers invalid JSON with 400", async () => {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ nope" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("hides schema suggestions in production", async () => {
    const response = await post({ query: "{ actorz { totalCount } }" });
    const body: any = await response.json();
    expect(body.errors[0].message).toBe('Cannot query field "actorz" on type "Query".');
  });

  it("reports health", async () => {
    const response = await fetch(server.url.replace(/graphql$/, "health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it.each(["/", "/coverage", "/actors/a-1", "/graphiql"])("serves the self-hosted web app at %s, allowed to load only from its own origin", async (pathname) => {
    const response = await fetch(server.url.replace(/\/graphql$/, pathname));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await response.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((source) => source !== "data:,"); // the empty icon
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^\/assets\//); // nothing loaded from elsewhere
    const script = await fetch(server.url.replace(/\/graphql$/, sources.find((s) => s.endsWith(".js"))!));
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toContain("immutable");
  });

  it.each(["/assets/../../package.json", "/assets/%2e%2e%2fpackage.json", "/static/explorer.html", "/nothing"])("answers 404 for %s", async (pathname) => {
    const response = await fetch(server.url.replace(/\/graphql$/, pathname));
    expect(response.status).toBe(404);
  });
});

describe("without a database", () => {
  it("answers SERVICE_UNAVAILABLE and /health 503, and keeps serving", async () => {
    const dead = new Database(neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", ""), { connectionTimeout: 2000, maxTransactionRetryTime: 0 }));
    const orphan = await startServer(dead, { host: "127.0.0.1", port: 0, production: true, log: () => {} });
    try {
      const response = await fetch(orphan.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ actors { totalCount } }" }) });
      const body: any = await response.json();
      expect(body.errors.map((e: any) => [e.message, e.extensions.code])).toEqual([["The database is unavailable; try again later", "SERVICE_UNAVAILABLE"]]);
      const health = await fetch(orphan.url.replace(/graphql$/, "health"));
      expect(health.status).toBe(503);
    } finally {
      await orphan.stop();
      await new Promise((resolve) => orphan.httpServer.close(resolve));
      await dead.close();
    }
  });
});
