/**
 * The project's own Neo4j: a real Neo4j Community DBMS (embedded, speaking Bolt) started from
 * Maven Central jars, without Docker. Used by `npm start`, `npm test` and `npm run neo4j` when no
 * NEO4J_URI names an external server.
 *
 * - `scripts/neo4j/pom.xml` declares the jars; `mvn dependency:copy-dependencies` fetches them once
 *   into `.cache/neo4j-<version>/lib` (NEO4J_LOCAL_CACHE replaces `.cache`).
 * - `scripts/neo4j/LocalNeo4j.java` starts the DBMS on 127.0.0.1 only, with authentication off,
 *   and prints `NEO4J_READY bolt://127.0.0.1:<port>` when the default database is available.
 * - A class archive (src/db/classArchive.ts), built at the first start, makes every later start
 *   about 3 s shorter (BENCHMARKS.md, round 27).
 * - The child's stdin is a pipe from this process: when this process dies, however it dies, the
 *   launcher sees EOF and shuts Neo4j down, so no Neo4j outlives its parent.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { MEMORY_SIZE, PROJECT_ROOT } from "../config";
import { freePort, portIsFree } from "../ports";
import { classArchiveFlags, discardClassArchive, ensureClassArchive } from "./classArchive";
import { type RunResult, isNotFound, lastLines, run } from "./command";

const LAUNCHER_DIR = path.join(PROJECT_ROOT, "scripts", "neo4j");
const POM = path.join(LAUNCHER_DIR, "pom.xml");
const LAUNCHER_SOURCE = path.join(LAUNCHER_DIR, "LocalNeo4j.java");
const APOC_POM = path.join(LAUNCHER_DIR, "apoc", "pom.xml");

const READY_TIMEOUT_MS = 120_000;
/** A shutdown checkpoints every database; give a big store time before resorting to SIGKILL. */
const STOP_TIMEOUT_MS = 60_000;
const EXTERNAL_HINT = "or set NEO4J_URI to use an external Neo4j";

/** A failure to fetch or start the local Neo4j; the message is one line meant for the user. */
export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

export interface LocalNeo4jOptions {
  /** Data folder (created if missing): the store in `data/`, Neo4j's logs in `logs/`. */
  dir: string;
  boltPort: number;
  /** Page cache size, e.g. "512m" (the default). */
  pageCache?: string;
  /** JVM heap (-Xms and -Xmx), e.g. "2g" (the default: the S file, 61 315 records, needs more than 1g in one transaction). */
  heap?: string;
  /** A folder of procedure jars to load (see ensureApocArtifacts); its procedures run unrestricted. */
  plugins?: string;
  /** Receives progress lines (fetching, compiling, starting). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>; authentication is off, any credentials are accepted. */
  uri: string;
  /** The Java process id. */
  pid: number;
  /** Whether the JVM mapped the class archive (src/db/classArchive.ts); false when it has none or it no longer fits. */
  classArchive: boolean;
  /** Settles when the Java process has exited, whether by stop() or on its own (a crash). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Shuts Neo4j down cleanly (SIGTERM, then SIGKILL after a minute); resolves once the process is gone. */
  stop(): Promise<void>;
}

/**
 * A version declared in a pom (`<neo4j.version>`, `<apoc.version>`), so that it is written in one
 * place. Read when first needed, not when this module loads: a deployment that uses an external
 * Neo4j (the Docker image) ships no pom.
 */
function pomVersion(pom: string, property: string): string {
  const name = property.replace(/\./g, "\\.");
  const match = new RegExp(`<${name}>([^<]+)</${name}>`).exec(fs.readFileSync(pom, "utf8"));
  if (!match) throw new Error(`no <${property}> in ${pom}`);
  return match[1].trim();
}

/** The Neo4j version the project runs, read from scripts/neo4j/pom.xml. */
export function neo4jVersion(): string {
  return pomVersion(POM, "neo4j.version");
}

function apocVersion(): string {
  return pomVersion(APOC_POM, "apoc.version");
}

/** `.cache/neo4j-<version>` under the project root, or under NEO4J_LOCAL_CACHE when set. */
function versionCacheDir(): string {
  const base = process.env.NEO4J_LOCAL_CACHE?.trim();
  return path.join(base ? path.resolve(base) : path.join(PROJECT_ROOT, ".cache"), `neo4j-${neo4jVersion()}`);
}

/** Checks that Java 17 or newer is on PATH (Neo4j 5.26 needs 17; 2025.x would need 21). */
async function checkJava(): Promise<void> {
  let result: RunResult;
  try {
    result = await run("java", ["-version"]);
  } catch (error) {
    if (isNotFound(error)) {
      throw new LocalNeo4jError(`Java 17+ is required to run the local Neo4j (java not found on PATH); install it, ${EXTERNAL_HINT}`);
    }
    throw error;
  }
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392" for Java 8).
  const match = /version "(?:1\.)?(\d+)/.exec(result.output);
  const major = match ? Number(match[1]) : NaN;
  if (result.code !== 0 || !(major >= 17)) {
    const found = match ? `found Java ${major}` : `"java -version" said: ${lastLines(result.output, 2)}`;
    throw new LocalNeo4jError(`Java 17+ is required to run the local Neo4j (${found}); install it, ${EXTERNAL_HINT}`);
  }
}

/**
 * Makes sure the Neo4j jars are in the cache, fetching them with Maven on the first run, and
 * returns the folder holding them.
 */
export async function ensureNeo4jArtifacts(log: (line: string) => void = () => {}): Promise<string> {
  await checkJava();
  return fetchJars(POM, versionCacheDir(), "lib", `Neo4j ${neo4jVersion()}`, log);
}

/**
 * Everything a start needs that is made once: the jars, the compiled launcher and the class
 * archive. Returns the jar folder and how to run the launcher.
 */
export async function prepareLocalNeo4j(log: (line: string) => void = () => {}): Promise<{ lib: string; launcher: string[] }> {
  const lib = await ensureNeo4jArtifacts(log);
  const launcher = await launcherCommand(lib, log);
  removeStalePartials(path.dirname(lib)); // e.g. half an archive, from a build interrupted by Ctrl-C
  await ensureClassArchive(lib, (flags) => trainingStart([...flags, ...launcher]), log);
  return { lib, launcher };
}

/**
 * Makes sure the jars of the APOC core procedures (`scripts/neo4j/apoc/pom.xml`) are in the cache
 * and returns their folder, to be given as `plugins` to startLocalNeo4j. Only the benchmark needs
 * them (the Neo4j GraphQL Library it compares against calls APOC); the service does not.
 */
export async function ensureApocArtifacts(log: (line: string) => void = () => {}): Promise<string> {
  await checkJava();
  return fetchJars(APOC_POM, versionCacheDir(), `apoc-${apocVersion()}`, `APOC core ${apocVersion()}`, log);
}

/**
 * Copies the runtime jars a pom declares into `<cache>/<folder>` with Maven, once. A marker file
 * written after a complete copy tells a finished folder from a half-finished one, which is fetched again.
 */
async function fetchJars(pom: string, cache: string, folder: string, what: string, log: (line: string) => void): Promise<string> {
  const lib = path.join(cache, folder);
  const marker = path.join(cache, `${folder}.complete`);
  if (fs.existsSync(marker)) return lib;

  log(`Fetching ${what} from Maven Central (first run only)…`);
  const started = Date.now();
  fs.mkdirSync(cache, { recursive: true });
  removeStalePartials(cache);
  // Copy into a private folder, then rename: a concurrent or interrupted fetch never leaves a
  // partial folder that looks complete.
  const partial = path.join(cache, `${folder}.partial-${process.pid}`);
  fs.rmSync(partial, { recursive: true, force: true });
  let result: RunResult;
  try {
    result = await run("mvn", ["-q", "-B", "-f", pom, "dependency:copy-dependencies", `-DoutputDirectory=${partial}`]);
  } catch (error) {
    if (isNotFound(error)) {
      throw new LocalNeo4jError(
        `Maven is required to fetch the local Neo4j once (mvn not found on PATH); install it, ${EXTERNAL_HINT}`,
      );
    }
    throw error;
  }
  if (result.code !== 0) {
    fs.rmSync(partial, { recursive: true, force: true });
    // The first "[ERROR] ..." line says what went wrong; the ones after it are generic advice.
    const firstError = result.output
      .replace(/\x1b\[[0-9;]*m/g, "")
      .split(/\r?\n/)
      .map((line) => /^\[ERROR\]\s*(.*?)(?:\s*-> \[Help \d+\])?$/.exec(line)?.[1] ?? "")
      .find((line) => line !== "");
    const detail = firstError ?? lastLines(result.output, 2);
    throw new LocalNeo4jError(`Fetching ${what} with Maven failed: ${detail}`);
  }
  const jars = fs.readdirSync(partial).filter((name) => name.endsWith(".jar"));
  if (fs.existsSync(marker)) {
    fs.rmSync(partial, { recursive: true, force: true }); // another process finished first
    return lib;
  }
  fs.rmSync(lib, { recursive: true, force: true }); // left over from an interrupted fetch
  fs.renameSync(partial, lib);
  fs.writeFileSync(marker, `${what}\n${jars.length} jars\n`);
  const megabytes = jars.reduce((sum, name) => sum + fs.statSync(path.join(lib, name)).size, 0) / 1024 / 1024;
  log(`Fetched ${jars.length} jars (${Math.round(megabytes)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s into ${lib}`);
  return lib;
}

/** Removes `*.partial-<pid>` folders left by processes that died mid-fetch or mid-compile. */
function removeStalePartials(cache: string): void {
  for (const name of fs.readdirSync(cache)) {
    const match = /\.partial-(\d+)$/.exec(name);
    if (match && !isAlive(Number(match[1]))) fs.rmSync(path.join(cache, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * How to run the launcher: compiled once into the cache (saves ~2 s of in-memory compilation per
 * start), keyed by a hash of the source so an edit recompiles; Java's single-file source launch
 * when no `javac` is available.
 */
async function launcherCommand(lib: string, log: (line: string) => void): Promise<string[]> {
  const classpathJars = path.join(lib, "*"); // expanded by `java`, not by a shell
  const source = fs.readFileSync(LAUNCHER_SOURCE);
  const hash = createHash("sha256").update(source).digest("hex").slice(0, 12);
  const classes = path.join(path.dirname(lib), `launcher-${hash}`);
  if (!fs.existsSync(path.join(classes, "LocalNeo4j.class"))) {
    log("Compiling the Neo4j launcher (first run only)…");
    const partial = `${classes}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    let result: RunResult;
    try {
      result = await run("javac", ["-nowarn", "-d", partial, "-cp", classpathJars, LAUNCHER_SOURCE]);
    } catch (error) {
      if (isNotFound(error)) return ["-cp", classpathJars, LAUNCHER_SOURCE];
      throw error;
    }
    if (result.code !== 0) {
      fs.rmSync(partial, { recursive: true, force: true });
      throw new LocalNeo4jError(`Compiling ${LAUNCHER_SOURCE} failed: ${lastLines(result.output, 3)}`);
    }
    try {
      fs.renameSync(partial, classes);
    } catch {
      fs.rmSync(partial, { recursive: true, force: true }); // another process compiled it first
    }
    // Builds of older launcher sources (a running JVM has already loaded its class; removing it is safe).
    for (const name of fs.readdirSync(path.dirname(lib))) {
      if (/^launcher-[0-9a-f]+$/.test(name) && name !== path.basename(classes)) {
        fs.rmSync(path.join(path.dirname(lib), name), { recursive: true, force: true });
      }
    }
  }
  // The jars first: a class archive (src/db/classArchive.ts) covers the start of a classpath, and
  // takes no folder of classes.
  return ["-cp", `${classpathJars}${path.delimiter}${classes}`, "LocalNeo4j"];
}

/**
 * Plugin jars go on the classpath too, as Neo4j's own server launcher does: procedures load from
 * the plugin folder, but the kernel extensions they depend on (APOC's configuration) are found
 * only on the classpath.
 */
function withPlugins(launcher: string[], plugins: string | undefined): string[] {
  if (!plugins) return launcher;
  const cp = launcher.indexOf("-cp");
  const result = [...launcher];
  result[cp + 1] = `${launcher[cp + 1]}${path.delimiter}${path.join(path.resolve(plugins), "*")}`;
  return result;
}

/** JVM flags besides the heap (the offline importer, src/dataset/bulk/, runs with them too). */
export const JVM_FLAGS = [
  // Without these (Neo4j's server launcher passes them too) the page cache and the transaction logs
  // fall back to slower paths, with warnings in debug.log ("Incorrect file descriptor", "fallback mode").
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  // A JVM out of heap is left half-working; better to die and be noticed.
  "-XX:+ExitOnOutOfMemoryError",
  "-Dfile.encoding=UTF-8",
];

/**
 * Starts the local Neo4j and resolves once it accepts Bolt connections on 127.0.0.1:boltPort.
 * Rejects with a LocalNeo4jError (one line) when Java or the jars are missing, the port is taken,
 * the data folder is in use by another Neo4j, or it is not ready within two minutes.
 * The caller must call stop(); if this process dies first, Neo4j stops by itself.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const pageCache = options.pageCache ?? "512m";
  const heap = options.heap ?? "2g";
  const { boltPort } = options;
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new LocalNeo4jError(`The Bolt port must be an integer from 1 to 65535, got ${boltPort}`);
  }
  if (!MEMORY_SIZE.test(pageCache)) throw new LocalNeo4jError(`The page cache size must look like 512m or 2g, got "${pageCache}"`);
  if (!MEMORY_SIZE.test(heap)) throw new LocalNeo4jError(`The heap size must look like 1g or 768m, got "${heap}"`);

  // Checked here too (the launcher also reports it) because Neo4j only binds after ~5 s of start-up.
  if (!(await portIsFree(boltPort))) {
    throw new LocalNeo4jError(`Neo4j failed to start: cannot listen on 127.0.0.1:${boltPort}: the port is in use (another Neo4j, or another program?)`);
  }
  const { lib, launcher } = await prepareLocalNeo4j(log);
  const dir = path.resolve(options.dir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new LocalNeo4jError(`Cannot create the Neo4j data folder ${dir}: ${(error as Error).message}`);
  }

  log(`Starting Neo4j ${neo4jVersion()} on 127.0.0.1:${boltPort} (data: ${dir})…`);
  const archive = classArchiveFlags(lib);
  const started = await launch({ ...options, dir, heap, pageCache, log }, [...archive, ...withPlugins(launcher, options.plugins)]);
  if (archive.length > 0 && !started.classArchive) {
    // Another Java, or jars changed in place: the JVM went without the archive. Build it again next time.
    discardClassArchive(lib);
    log("The class archive did not fit this Java or these jars; the next start builds it again.");
  }
  return started;
}

/** Starts Neo4j on an empty store with extra JVM flags, and stops it once ready (the class archive's training run). */
async function trainingStart(command: string[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-classes-"));
  try {
    const started = await launch({ dir, boltPort: await freePort(), heap: "1g", pageCache: "64m", log: () => {} }, command);
    await started.stop();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the launcher (`command`: JVM flags, classpath and main class) with the heap, page cache and
 * folder given, and resolves once Neo4j is ready.
 */
async function launch(
  options: Required<Pick<LocalNeo4jOptions, "dir" | "boltPort" | "heap" | "pageCache" | "log">> & Pick<LocalNeo4jOptions, "plugins">,
  command: string[],
): Promise<LocalNeo4j> {
  const { dir, boltPort, heap, pageCache, log } = options;
  const args = [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_FLAGS, ...command];
  args.push("--dir", dir, "--port", String(boltPort), "--pagecache", pageCache);
  if (options.plugins) args.push("--plugins", path.resolve(options.plugins));
  const child = spawn("java", args, {
    cwd: dir,
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop Neo4j in order
    // (after closing the driver). Our death still stops it, through EOF on its stdin.
    detached: true,
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
  // Writing to a child that is gone must not crash us (EPIPE); we never write anyway.
  child.stdin?.on("error", () => {});

  const stderrLines: string[] = [];
  let startError: string | undefined;
  let isReady = false;
  readline.createInterface({ input: child.stderr! }).on("line", (line) => {
    if (line.startsWith("NEO4J_ERROR ")) startError = line.slice("NEO4J_ERROR ".length);
    else if (line.trim() !== "") {
      stderrLines.push(line.trim());
      if (stderrLines.length > 20) stderrLines.shift();
      if (isReady) log(`neo4j: ${line}`); // after start, e.g. a JVM crash report
    }
  });

  const ready = await new Promise<{ uri: string; sharing: boolean }>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      settled = true;
      const detail = stderrLines.length > 0 ? `: ${stderrLines.slice(-3).join(" | ")}` : ` (see ${path.join(dir, "logs", "debug.log")})`;
      void stopProcess(child, exited).then(() =>
        reject(new LocalNeo4jError(`Neo4j did not start within ${READY_TIMEOUT_MS / 1000} s${detail}`)),
      );
    }, READY_TIMEOUT_MS);
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = /^NEO4J_READY (\S+)( sharing)?$/.exec(line.trim());
      if (match) {
        isReady = true;
        settle(() => resolve({ uri: match[1], sharing: match[2] !== undefined }));
      }
    });
    child.on("error", (error) => {
      settle(() =>
        reject(
          isNotFound(error)
            ? new LocalNeo4jError(`Java 17+ is required to run the local Neo4j (java not found on PATH); install it, ${EXTERNAL_HINT}`)
            : new LocalNeo4jError(`Cannot start Java for the local Neo4j: ${error.message}`),
        ),
      );
    });
    // "close" rather than "exit": by then stderr has been read to the end, explanation included.
    child.on("close", (code, signal) => {
      const reason = startError ?? (stderrLines.length > 0 ? stderrLines.slice(-3).join(" | ") : `exit ${signal ?? code}`);
      settle(() => reject(new LocalNeo4jError(`Neo4j failed to start: ${reason}`)));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri: ready.uri,
    pid: child.pid!,
    classArchive: ready.sharing,
    exited,
    stop: () => (stopping ??= stopProcess(child, exited)),
  };
}

/** SIGTERM (the launcher's shutdown hook stops Neo4j cleanly), SIGKILL if it takes too long. */
async function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
