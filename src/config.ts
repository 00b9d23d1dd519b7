/**
 * Every environment variable the service reads, parsed and checked once at start-up.
 * A wrong value stops the process with a message that names the variable.
 */
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LIMITS, LIMIT_VARIABLES, type RequestLimits } from "./requestLimits";
import { type AuthConfig, authConfig } from "./identity/tokens";
import { LOG_LEVELS, type LogLevel } from "./observability/log";

/**
 * Root of the project: the nearest folder above this file that holds package.json (`src/..` when
 * run from the sources, `dist/src/../..` when compiled ahead of time, as in the Docker image).
 */
export const PROJECT_ROOT = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
})();

export class ConfigError extends Error {}

export interface Neo4jExternal {
  mode: "external";
  uri: string;
  user: string;
  password: string;
  /** Undefined = the server's default database. */
  database: string | undefined;
}

export interface Neo4jLocal {
  mode: "local";
  dir: string;
  boltPort: number;
  /** JVM heap of the local Neo4j when a command starts it (NEO4J_LOCAL_HEAP; its default, 2g, when unset). */
  heap?: string;
  /** Its page cache (NEO4J_LOCAL_PAGECACHE; default 512m). */
  pageCache?: string;
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jExternal | Neo4jLocal;
  /** Load the demo dataset at start-up when the graph is empty (default: on, except in production). */
  loadDemo: boolean;
  production: boolean;
  /** Bounds on every GraphQL request. */
  limits: RequestLimits;
  /** Memory for the parsed and compiled queries kept, in bytes. */
  queryCacheBytes: number;
  logLevel: LogLevel;
  /** How bearer tokens are verified (src/identity/tokens.ts). */
  auth: AuthConfig;
  /** The brokers ranking's time budget and how long a request waits for it (src/analytics/network/precompute.ts). */
  brokers: { budgetMs: number; waitMs: number };
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw)) return true;
  if (["0", "false", "no"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** BULK_IMPORT_THREADS: threads that write a bulk import's activities (undefined when unset: one per core, at most four). */
export function bulkImportThreads(env: Env = process.env): number | undefined {
  const threads = integer(env, "BULK_IMPORT_THREADS", 0, 1, 64);
  return threads === 0 ? undefined : threads;
}

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

function isProduction(env: Env): boolean {
  return env.NODE_ENV === "production";
}

/**
 * Where Neo4j is: an external server when NEO4J_URI is set, else the project's own local one.
 * An external server's password is never defaulted: NEO4J_PASSWORD must be set (empty is allowed
 * outside production, for a server with authentication off).
 */
export function neo4jConfig(env: Env = process.env): Neo4jExternal | Neo4jLocal {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    const scheme = uri.split("://")[0];
    if (!uri.includes("://") || !NEO4J_SCHEMES.includes(scheme)) {
      throw new ConfigError(`NEO4J_URI must start with one of ${NEO4J_SCHEMES.map((s) => s + "://").join(", ")}; got "${uri}"`);
    }
    const password = env.NEO4J_PASSWORD;
    if (password === undefined) throw new ConfigError("NEO4J_PASSWORD must be set with NEO4J_URI (the password of that Neo4j; there is no default)");
    if (password === "" && isProduction(env)) throw new ConfigError("NEO4J_PASSWORD must not be empty when NODE_ENV=production");
    return {
      mode: "external",
      uri,
      user: env.NEO4J_USER ?? "neo4j",
      password,
      database: env.NEO4J_DATABASE?.trim() || undefined,
    };
  }
  return {
    mode: "local",
    dir: path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DIR?.trim() || ".neo4j"),
    boltPort: integer(env, "NEO4J_LOCAL_BOLT_PORT", 7687, 1, 65535),
    heap: memorySize(env, "NEO4J_LOCAL_HEAP"),
    pageCache: memorySize(env, "NEO4J_LOCAL_PAGECACHE"),
  };
}

/**
 * A memory size of the local Neo4j, with its unit: `768m`, `4g` (a bare number would mean bytes to
 * both the JVM and Neo4j). Checked here for the variables, and by src/db/localNeo4j.ts for any caller.
 */
export const MEMORY_SIZE = /^\d+[kmg]$/i;

/** A JVM memory size, checked before anything starts; undefined when unset. */
function memorySize(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!MEMORY_SIZE.test(raw)) throw new ConfigError(`${name} must be a size like 768m or 4g, got "${env[name]}"`);
  return raw;
}

/** Each limit from its variable (limits.ts names them), within bounds that keep the service usable. */
function limitsConfig(env: Env): RequestLimits {
  const bounds: Record<keyof RequestLimits, [number, number]> = {
    maxDepth: [2, 100],
    maxAliases: [0, 10_000],
    maxDirectives: [0, 10_000],
    maxTokens: [100, 100_000],
    maxQueryBytes: [100, 1024 * 1024],
    maxCost: [1, 1e9],
    maxResponseBytes: [1024, 1024 ** 3],
    timeoutMs: [100, 3_600_000],
  };
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(bounds) as (keyof RequestLimits)[]) {
    limits[key] = integer(env, LIMIT_VARIABLES[key], DEFAULT_LIMITS[key], ...bounds[key]);
  }
  return limits;
}

function identityConfig(env: Env): AuthConfig {
  try {
    return authConfig(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return "info";
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  return raw as LogLevel;
}

export function loadConfig(env: Env = process.env): Config {
  const production = isProduction(env);
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    neo4j: neo4jConfig(env),
    // A production deployment starts empty unless asked: the demo is for trying the service out.
    loadDemo: boolean(env, "LOAD_DEMO", !production),
    production,
    limits: limitsConfig(env),
    queryCacheBytes: integer(env, "GRAPHQL_QUERY_CACHE_MB", 64, 1, 16_384) * 1024 * 1024,
    logLevel: logLevel(env),
    auth: identityConfig(env),
    brokers: {
      budgetMs: integer(env, "BROKERS_BUDGET_MS", 3_000, 1, 3_600_000),
      waitMs: integer(env, "BROKERS_WAIT_MS", 4_000, 0, 3_600_000),
    },
  };
}
