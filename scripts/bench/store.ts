/**
 * The benchmarks' datasets and stores: one generated file per scale and seed (data/generated/) and one
 * local Neo4j folder holding it imported (.bench/neo4j-<scale>-seed<seed>), made once and reused while
 * the file and the import statements are unchanged. Shared by the query bench (scripts/bench.ts) and
 * the writes bench (scripts/bench/writes.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { PROJECT_ROOT } from "../../src/config";
import neo4j, { type Driver } from "neo4j-driver";
import { ensureApocArtifacts, startLocalNeo4j, type LocalNeo4j } from "../../src/db/localNeo4j";
import { freePort } from "../../src/ports";

export const log = (line: string) => console.error(line);

/**
 * Neo4j memory and import mode per scale, for a 24 GiB machine. Every scale commits the import every
 * `transactionSize` rows: the benchmark re-imports with --replace over the previous graph, and a wipe
 * in the import's own transaction makes every later index seek of that transaction slower (see
 * BENCHMARKS.md); one transaction's state must also fit in the heap (M needed 12 GiB, L does not fit).
 * The page cache holds the store: M's is ≈ 1 GiB, L's ≈ 4 GiB.
 */
export const NEO4J_SETUP: Record<string, { heap: string; pageCache: string; transactionSize: number }> = {
  S: { heap: "2g", pageCache: "1g", transactionSize: 20_000 },
  M: { heap: "12g", pageCache: "4g", transactionSize: 20_000 },
  L: { heap: "6g", pageCache: "6g", transactionSize: 20_000 },
};


/**
 * What the import and the services are told to connect with. The bench's own Neo4j runs with
 * authentication off (src/db/localNeo4j.ts), so any password is accepted; the service still requires
 * one to be given (in production, non-empty: it has no default).
 */
export const localNeo4jEnv = (uri: string) => ({ NEO4J_URI: uri, NEO4J_PASSWORD: "authentication-is-off" });

/** Runs a command to completion with its output on our stderr; rejects on a non-zero exit. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/**
 * Starts a server process and resolves once it prints a line matching `ready`. Every target runs
 * with the young-generation size `npm start` gives the service, so none is measured with a handicap.
 */
export function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, cwd = PROJECT_ROOT): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", ...args], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (ready.test(line)) resolve(child);
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code} before it was ready`)));
  });
}

export async function ensureDataset(options: { scale: string; seed: number }): Promise<string> {
  // Named by the generator's code too: a file an older generator wrote is never measured as today's.
  const file = path.join(PROJECT_ROOT, "data", "generated", `${options.scale.toLowerCase()}-seed${options.seed}-${codeDigest(path.join("scripts", "generator"), ".ts")}.json`);
  if (!fs.existsSync(file)) {
    log(`Generating the ${options.scale} dataset into ${path.relative(PROJECT_ROOT, file)}…`);
    await runCommand(process.execPath, ["--import", "tsx", "scripts/generate.ts", "--scale", options.scale, "--seed", String(options.seed), file]);
  }
  return file;
}

/**
 * A digest of the import statements: a store imported by other ones is stale. The schema is not in
 * it: the service applies cypher/schema at every start, so a new index needs no re-import.
 */
function importCodeDigest(): string {
  return codeDigest(path.join("cypher", "import"), ".cypher");
}

/** A digest of the files ending in `extension` under `folder` (relative to the project). */
function codeDigest(folder: string, extension: string): string {
  const hash = createHash("sha256");
  const root = path.join(PROJECT_ROOT, folder);
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(extension)).sort();
  for (const name of files) hash.update(name).update(fs.readFileSync(path.join(root, name)));
  return hash.digest("hex").slice(0, 16);
}

/** Imports the dataset unless this Neo4j folder already holds exactly that file, imported by this code. */
export async function ensureImported(local: LocalNeo4j, dir: string, file: string, transactionSize: number): Promise<void> {
  const stat = fs.statSync(file);
  const stamp = `${file}\n${stat.size}\n${stat.mtimeMs}\n${importCodeDigest()}\n`;
  const marker = path.join(dir, "bench-dataset.txt");
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === stamp) return;
  log(`Importing ${path.relative(PROJECT_ROOT, file)}…`);
  const started = Date.now();
  await runCommand(process.execPath, [
    "--max-old-space-size=16384", "--import", "tsx", "scripts/import.ts", "--replace", "--transaction-size", String(transactionSize), file,
  ], localNeo4jEnv(local.uri));
  log(`Imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  fs.writeFileSync(marker, stamp);
}

/** The local Neo4j folder of a scale and seed. */
export function storeDir(options: { scale: string; seed: number }): string {
  return path.join(PROJECT_ROOT, ".bench", `neo4j-${options.scale.toLowerCase()}-seed${options.seed}`);
}

/**
 * The local Neo4j of a scale's store, started, with the dataset imported into it (generated first
 * if need be), and a driver to it. The caller closes the driver and stops the Neo4j.
 */
export async function openStore(options: { scale: string; seed: number }): Promise<{ local: LocalNeo4j; driver: Driver }> {
  const file = await ensureDataset(options);
  const dir = storeDir(options);
  const { transactionSize, ...memory } = NEO4J_SETUP[options.scale];
  const local = await startLocalNeo4j({ dir, boltPort: await freePort(), ...memory, plugins: await ensureApocArtifacts(log), log });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", "neo4j"));
  try {
    await ensureImported(local, dir, file, transactionSize);
  } catch (error) {
    await driver.close();
    await local.stop();
    throw error;
  }
  return { local, driver };
}

/** Runs a bench command: exits with its code (0 when it returns nothing), or prints its error's message and exits 1. */
export function runCommandLine(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
