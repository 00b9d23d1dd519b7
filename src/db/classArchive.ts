/**
 * A class-data-sharing archive for the local Neo4j (the JVM's "AppCDS"): the ~13 000 classes Neo4j
 * loads until it is ready, parsed and verified once and then mapped from one file at every start.
 * A start takes about 4.9 s with it against 8 s without (BENCHMARKS.md, round 27).
 *
 * Built once per jar folder, next to it in the cache (`classes.jsa`, about 120 MB):
 *   1. a training start of Neo4j on an empty store records the classes it loads
 *      (`-XX:DumpLoadedClassList`), up to its first query;
 *   2. `java -Xshare:dump` writes those classes into the archive (20-30 s).
 * The archive holds only classes from the jars (`lib/*`, the start of every classpath that uses it):
 * the JVM refuses a folder of classes in an archived classpath, and takes entries appended after
 * the archived ones (the launcher's class, plugins).
 *
 * The JVM checks the archive at every start against its own build and the jars' sizes and times,
 * and starts without it (slower, nothing else) when they differ. The launcher says on its ready
 * line whether sharing is on; a start that asked for it and went without removes the archive, so
 * that the next start builds it again (src/db/localNeo4j.ts). A build that fails is not retried:
 * `classes.failed` says why, and removing it asks for a new try.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { lastLines, run } from "./command";

/** Starts Neo4j on an empty store with these extra JVM flags, and stops it once it is ready. */
export type TrainingStart = (jvmFlags: string[]) => Promise<void>;

const ARCHIVE = "classes.jsa";
const FAILED = "classes.failed";

/** Where the archive of a jar folder lives (it may not exist). */
export function classArchivePath(lib: string): string {
  return path.join(path.dirname(lib), ARCHIVE);
}

/** The JVM flags that use the archive; none when it is not built. */
export function classArchiveFlags(lib: string): string[] {
  const archive = classArchivePath(lib);
  return fs.existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [];
}

/**
 * Builds the archive of `lib` unless it exists or an earlier build failed. Never throws: without
 * the archive Neo4j starts as well, only slower; a failure is logged once and noted.
 */
export async function ensureClassArchive(lib: string, train: TrainingStart, log: (line: string) => void): Promise<void> {
  const archive = classArchivePath(lib);
  const failed = path.join(path.dirname(lib), FAILED);
  if (fs.existsSync(archive) || fs.existsSync(failed)) return;

  log("Building a class archive for faster Neo4j starts (first run only, about 40 s)…");
  const started = Date.now();
  // A private name, then a rename: a concurrent or interrupted build never leaves a half-written
  // archive (a dead process's `.partial-<pid>` files are removed by src/db/localNeo4j.ts).
  const partial = `${archive}.partial-${process.pid}`;
  const classList = path.join(os.tmpdir(), `neo4j-classes-${process.pid}-${Date.now()}.classlist`);
  try {
    await train([`-XX:DumpLoadedClassList=${classList}`]);
    keepLoadableEntries(classList);
    await dump(lib, classList, partial);
    fs.renameSync(partial, archive);
    const megabytes = fs.statSync(archive).size / 1024 / 1024;
    log(`Built the class archive (${Math.round(megabytes)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${archive}`);
  } catch (error) {
    const reason = lastLines((error as Error).message, 3);
    fs.writeFileSync(failed, `${new Date().toISOString()} ${reason}\nRemove this file to try again.\n`);
    log(`Could not build the class archive (Neo4j starts without it, a few seconds slower): ${reason}`);
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(classList, { force: true });
  }
}

/** Removes the archive: the JVM no longer takes it (another Java), and the next start builds it again. */
export function discardClassArchive(lib: string): void {
  fs.rmSync(classArchivePath(lib), { force: true });
}

/**
 * Drops the class list's lines the dump cannot read: Java 17 reads lines of at most 4 096
 * characters, and records some lambda proxies of Neo4j's long constructors in longer ones. The
 * classes of those lambdas still load as they do without an archive.
 */
function keepLoadableEntries(classList: string): void {
  const lines = fs.readFileSync(classList, "utf8").split("\n");
  fs.writeFileSync(classList, lines.filter((line) => line.length < 4096).join("\n"));
}

async function dump(lib: string, classList: string, archive: string): Promise<void> {
  const args = [
    "-Xshare:dump",
    "-XX:+UseG1GC", // as at run time (JVM_FLAGS): the archived heap objects are G1's
    `-XX:SharedClassListFile=${classList}`,
    `-XX:SharedArchiveFile=${archive}`,
    // The dump warns about every class it skips (signed jars, classes whose super class it skipped).
    "-Xlog:cds=error",
    "-cp",
    path.join(lib, "*"),
  ];
  const result = await run("java", args);
  if (result.code !== 0) throw new Error(`java -Xshare:dump failed: ${result.output}`);
}
