import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, PROJECT_ROOT, bulkImportThreads, loadConfig } from "../src/config";
import { DEFAULT_LIMITS } from "../src/requestLimits";

describe("loadConfig", () => {
  it("defaults to the local Neo4j, port 4000 on localhost, the demo data, and no token verification", () => {
    expect(loadConfig({})).toEqual({
      port: 4000, host: "127.0.0.1", loadDemo: true, production: false,
      neo4j: { mode: "local", dir: path.join(PROJECT_ROOT, ".neo4j"), boltPort: 7687 },
      limits: DEFAULT_LIMITS, queryCacheBytes: 64 * 1024 * 1024, logLevel: "info",
      auth: { verifier: null, issuer: null, audience: null, required: false },
      brokers: { budgetMs: 3_000, waitMs: 4_000 },
    });
  });

  it("verifies tokens with the secret, or the key file, and stops on a secret too short, naming it", () => {
    expect(loadConfig({ AUTH_JWT_SECRET: "x".repeat(32), AUTH_REQUIRED: "true" }).auth).toMatchObject({ verifier: { algorithms: ["HS256"] }, required: true });
    expect(() => loadConfig({ AUTH_JWT_SECRET: "short" })).toThrow(/AUTH_JWT_SECRET must be at least 32 bytes/);
  });

  it("loads no demo data in production unless asked", () => {
    expect(loadConfig({ NODE_ENV: "production" }).loadDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", LOAD_DEMO: "true" }).loadDemo).toBe(true);
  });

  it("reads every request limit from its variable", () => {
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: "8", GRAPHQL_MAX_COST: "1000", REQUEST_TIMEOUT_MS: "2500" }).limits).toEqual({
      ...DEFAULT_LIMITS, maxDepth: 8, maxCost: 1000, timeoutMs: 2500,
    });
  });

  it("uses an external Neo4j when NEO4J_URI is set", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_USER: "u", NEO4J_PASSWORD: "p", NEO4J_DATABASE: "partners" }).neo4j).toEqual({
      mode: "external", uri: "neo4j://db.example:7687", user: "u", password: "p", database: "partners",
    });
  });

  it("sizes the local Neo4j from NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGECACHE", () => {
    expect(loadConfig({ NEO4J_LOCAL_HEAP: "12g", NEO4J_LOCAL_PAGECACHE: " 768m " }).neo4j).toEqual({
      mode: "local", dir: path.join(PROJECT_ROOT, ".neo4j"), boltPort: 7687, heap: "12g", pageCache: "768m",
    });
  });

  it.each([
    [{ PORT: "abc" }, 'PORT must be an integer, got "abc"'],
    [{ PORT: "70000" }, "PORT must be between 0 and 65535, got 70000"],
    [{ NEO4J_LOCAL_BOLT_PORT: "0" }, "NEO4J_LOCAL_BOLT_PORT must be between 1 and 65535, got 0"],
    [{ NEO4J_LOCAL_HEAP: "12 GB" }, 'NEO4J_LOCAL_HEAP must be a size like 768m or 4g, got "12 GB"'],
    [{ NEO4J_URI: "http://localhost:7474" }, 'NEO4J_URI must start with one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://; got "http://localhost:7474"'],
    [{ LOAD_DEMO: "maybe" }, 'LOAD_DEMO must be true or false, got "maybe"'],
    [{ NEO4J_URI: "bolt://db:7687" }, "NEO4J_PASSWORD must be set with NEO4J_URI (the password of that Neo4j; there is no default)"],
    [{ NEO4J_URI: "bolt://db:7687", NEO4J_PASSWORD: "", NODE_ENV: "production" }, "NEO4J_PASSWORD must not be empty when NODE_ENV=production"],
    [{ GRAPHQL_MAX_DEPTH: "1" }, "GRAPHQL_MAX_DEPTH must be between 2 and 100, got 1"],
    [{ REQUEST_TIMEOUT_MS: "soon" }, 'REQUEST_TIMEOUT_MS must be an integer, got "soon"'],
    [{ LOG_LEVEL: "loud" }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
  ])("rejects %j with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});

describe("bulkImportThreads", () => {
  it("reads BULK_IMPORT_THREADS, and leaves the default to the writer when it is unset", () => {
    expect(bulkImportThreads({})).toBeUndefined();
    expect(bulkImportThreads({ BULK_IMPORT_THREADS: "1" })).toBe(1);
    expect(bulkImportThreads({ BULK_IMPORT_THREADS: " 3 " })).toBe(3);
    expect(() => bulkImportThreads({ BULK_IMPORT_THREADS: "0" })).toThrow(new ConfigError("BULK_IMPORT_THREADS must be between 1 and 64, got 0"));
    expect(() => bulkImportThreads({ BULK_IMPORT_THREADS: "many" })).toThrow(new ConfigError('BULK_IMPORT_THREADS must be an integer, got "many"'));
  });
});
