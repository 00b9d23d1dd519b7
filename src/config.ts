/**
 * Every environment variable the service reads, parsed and checked once at start-up.
 * A wrong value stops the process with a message that names the variable.
 */
import path from "node:path";

/** Root of the project (this file lives in src/). */
export const PROJECT_ROOT = path.resolve(__dirname, "..");

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
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jExternal | Neo4jLocal;
  /** Load the demo dataset at start-up when the graph is empty. */
  loadDemo: boolean;
  production: boolean;
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

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

/** Where Neo4j is: an external server when NEO4J_URI is set, else the project's own local one. */
export function neo4jConfig(env: Env = process.env): Neo4jExternal | Neo4jLocal {
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    const scheme = uri.split("://")[0];
    if (!uri.includes("://") || !NEO4J_SCHEMES.includes(scheme)) {
      throw new ConfigError(`NEO4J_URI must start with one of ${NEO4J_SCHEMES.map((s) => s + "://").join(", ")}; got "${uri}"`);
    }
    return {
      mode: "external",
      uri,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE?.trim() || undefined,
    };
  }
  return {
    mode: "local",
    dir: path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DIR?.trim() || ".neo4j"),
    boltPort: integer(env, "NEO4J_LOCAL_BOLT_PORT", 7687, 1, 65535),
  };
}

export function loadConfig(env: Env = process.env): Config {
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    neo4j: neo4jConfig(env),
    loadDemo: boolean(env, "LOAD_DEMO", true),
    production: env.NODE_ENV === "production",
  };
}
