/**
 * Starts the Neo4j the suite runs against, once for all test files: the project's own local Neo4j
 * in a fresh temporary folder on a free port (so the suite never touches the developer's data in
 * .neo4j/), or the external one named by NEO4J_URI. Its URI reaches the tests through `inject`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/db/localNeo4j";
import { freePort } from "../../src/ports";
import { ensureWebBuilt } from "../../scripts/build-web";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
  }
}

let local: LocalNeo4j | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The web app's bundle, which the HTTP and browser tests load (rebuilt only when its sources changed).
  await ensureWebBuilt({ log: (line) => console.log(line) });
  if (process.env.NEO4J_URI) {
    project.provide("neo4jUri", process.env.NEO4J_URI);
    project.provide("neo4jUser", process.env.NEO4J_USER ?? "neo4j");
    project.provide("neo4jPassword", process.env.NEO4J_PASSWORD ?? "");
    project.provide("neo4jDatabase", process.env.NEO4J_DATABASE ?? "");
    return;
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-network-test-"));
  const started = Date.now();
  local = await startLocalNeo4j({ dir, boltPort: await freePort(), log: (line) => console.log(line) });
  console.log(`Test Neo4j ready at ${local.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("neo4jUri", local.uri);
  project.provide("neo4jUser", "neo4j");
  project.provide("neo4jPassword", "");
  project.provide("neo4jDatabase", "");
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
