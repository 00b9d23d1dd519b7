/**
 * Fault injection: Neo4j dies (SIGKILL) while `npm run import` writes a generated file into a graph
 * holding the small dataset.
 * (a) One transaction: the CLI says it lost the connection and exits 1; after the restart the graph
 *     is exactly what it was before the import.
 * (b) --transaction-size, killed after some commits: the CLI says how many transactions and rows it
 *     committed and to run it again, exits 1; after the restart the same command completes the graph,
 *     equal to the same file imported cleanly into the same starting graph.
 * The kill is timed on the CLI's own progress lines: at the last "partnerships:" line, the import has
 * written (and, with --transaction-size, committed) countries, rates, actors, memberships and
 * partnerships, and still has activities, projects, reviews, plans, reports, the actor graph and the
 * tallies to write.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import type { Database } from "../../src/db/database";
import { applySchema } from "../../src/db/schema";
import { generateDatasetFile } from "../../scripts/generator";
import { importDataset, importDatasetFile } from "../../src/dataset/import";
import { smallDataset } from "../fixtures/small";
import { graphFingerprint, resetGraph } from "../support/db";
import { KillableNeo4j } from "./support";
import { npmScript } from "../support/commands";

const TRANSACTION_SIZE = 100;
/**
 * The last progress line of the partnerships step (a step's last line is always printed): the
 * activities step, 15 transactions of 100 rows with --transaction-size, starts right after it.
 */
const KILL_AT = /^ {2}partnerships: 60\/60 /;

const log = (line: string) => console.log(`[import-kill] ${line}`);

let neo4j: KillableNeo4j;
let db: Database;
let dir: string;
let file: string;
/** The graph holding the small dataset only. */
let startingGraph: Record<string, number>;
/** The starting graph with the file imported cleanly over it, with --transaction-size: what (b) must end with. */
let reference: Record<string, number>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "faults-import-"));
  file = path.join(dir, "tiny.json");
  // 244 actors, 60 partnerships, 1 500 activities …: a few seconds of writes on this machine.
  await generateDatasetFile({ scale: "tiny", seed: 7 }, file);
  neo4j = await KillableNeo4j.start("faults-import-neo4j-");
  db = neo4j.database();
  await applySchema(db);
  await resetGraph(db);
  await importDataset(db, smallDataset());
  startingGraph = await graphFingerprint(db);
  // (b)'s reference, made here while Neo4j has not been killed yet: after each kill it restarts
  // cold, and an import on a cold Neo4j takes several times as long.
  await importDatasetFile(db, file, { transactionSize: TRANSACTION_SIZE });
  reference = await graphFingerprint(db);
  expect(reference).not.toEqual(startingGraph);
  await resetGraph(db);
  await importDataset(db, smallDataset());
  expect(await graphFingerprint(db)).toEqual(startingGraph);
}, 150_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 90_000);

interface ImportRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Lines of stderr that are not progress lines (those start with two spaces). */
  messages: string[];
  /** Milliseconds from the start of the CLI to the kill of Neo4j (undefined without a kill). */
  killedAfterMs?: number;
  /** The progress line that triggered the kill. */
  killedAt?: string;
  ms: number;
}

/** `npm run import -- ARGS` against the test's Neo4j; with `killOn`, Neo4j is SIGKILLed at the first stderr line matching it. */
function importCommand(args: string[], killOn?: RegExp): Promise<ImportRun> {
  const started = Date.now();
  const command = npmScript("import", args);
  const child = spawn(command.program, command.args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: "", NEO4J_DATABASE: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const run: ImportRun = { code: null, stdout: "", stderr: "", messages: [], ms: 0 };
  let killing: Promise<void> | undefined;
  child.stdout.on("data", (chunk: Buffer) => (run.stdout += chunk.toString()));
  readline.createInterface({ input: child.stderr }).on("line", (line) => {
    run.stderr += `${line}\n`;
    if (!line.startsWith("  ")) run.messages.push(line);
    if (killOn && !killing && killOn.test(line)) {
      run.killedAfterMs = Date.now() - started;
      run.killedAt = line.trim();
      killing = neo4j.kill();
    }
  });
  // Bounded: a CLI that hangs is stopped (and the test fails on its exit code).
  const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      run.code = code;
      run.ms = Date.now() - started;
      void (killing ?? Promise.resolve()).then(() => resolve(run), reject);
    });
  });
}

function describeRun(run: ImportRun): string {
  return `exit ${run.code} after ${run.ms} ms\nstdout: ${run.stdout}\nstderr:\n${run.stderr}`;
}

it("(a) a one-transaction import killed part-way leaves the graph as it was", async () => {
  expect(await graphFingerprint(db)).toEqual(startingGraph);

  const run = await importCommand([file], KILL_AT);
  log(`one transaction: Neo4j killed ${run.killedAfterMs} ms into the CLI, at "${run.killedAt}"; the CLI exited ${run.code} after ${run.ms} ms`);
  log(`one transaction: the CLI said: ${run.messages.join(" | ")}`);
  expect(run.killedAt, describeRun(run)).toBeDefined();
  expect(run.code, describeRun(run)).toBe(1);
  expect(run.stdout).toBe("");
  // One line, which says what happened and what to do.
  expect(run.messages, describeRun(run)).toHaveLength(1);
  expect(run.messages[0]).toMatch(
    /^Lost the connection to Neo4j during the import \((ServiceUnavailable|SessionExpired)\)\. The transaction was rolled back unless its commit had already reached Neo4j; run the same import again once Neo4j is back: an import is idempotent, so it completes the graph either way\.$/,
  );
  // The CLI gave up within the driver's bounded waits, not after minutes.
  expect(run.ms - run.killedAfterMs!).toBeLessThan(20_000);

  const restartMs = await neo4j.restart();
  log(`one transaction: Neo4j restarted in ${restartMs} ms`);
  expect(await graphFingerprint(db)).toEqual(startingGraph);
}, 120_000);

it("(b) a --transaction-size import killed after some commits is completed by running it again", async () => {
  const args = ["--transaction-size", String(TRANSACTION_SIZE), file];
  await neo4j.ensureRunning();
  // (a) leaves the starting graph; should it have failed half-way, the graph is made again.
  if (!isDeepStrictEqual(await graphFingerprint(db), startingGraph)) {
    await resetGraph(db);
    await importDataset(db, smallDataset());
  }
  expect(await graphFingerprint(db)).toEqual(startingGraph);

  const run = await importCommand(args, KILL_AT);
  log(`--transaction-size ${TRANSACTION_SIZE}: Neo4j killed ${run.killedAfterMs} ms into the CLI, at "${run.killedAt}"; the CLI exited ${run.code} after ${run.ms} ms`);
  log(`--transaction-size ${TRANSACTION_SIZE}: the CLI said: ${run.messages.join(" | ")}`);
  expect(run.killedAt, describeRun(run)).toBeDefined();
  expect(run.code, describeRun(run)).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.messages, describeRun(run)).toHaveLength(1);
  const said = /^The import stopped after committing (\d+) transactions? \((\d+) rows written\): the connection to Neo4j was lost \((ServiceUnavailable|SessionExpired)\)\. The graph holds a partial import; run the same import again to complete it\.$/
    .exec(run.messages[0]);
  expect(said, run.messages[0]).not.toBeNull();
  const commits = Number(said![1]);
  const rows = Number(said![2]);
  // Countries (246), exchange rates (190), actors (244, twice), memberships (12), the plan (1) and
  // partnerships (60) had been committed before the activities step began, in transactions of at most 100 rows.
  expect(commits).toBeGreaterThanOrEqual(Math.ceil(246 / 100) + Math.ceil(190 / 100) + 2 * Math.ceil(244 / 100) + 1 + 1 + 1);
  expect(rows).toBeGreaterThanOrEqual(246 + 190 + 2 * 244 + 12 + 1 + 60);
  expect(rows).toBeLessThanOrEqual(commits * TRANSACTION_SIZE);
  expect(run.ms - run.killedAfterMs!).toBeLessThan(20_000);

  const restartMs = await neo4j.restart();
  log(`--transaction-size ${TRANSACTION_SIZE}: Neo4j restarted in ${restartMs} ms`);
  // A partial import: more than the starting graph, less than the complete one.
  const partial = await graphFingerprint(db);
  expect(partial[":Actor"]).toBe(reference[":Actor"]);
  expect(partial[":Partnership"]).toBe(reference[":Partnership"]);
  expect(partial[":Activity"]).toBeLessThan(reference[":Activity"]);
  expect(partial).not.toEqual(reference);

  const again = await importCommand(args);
  log(`--transaction-size ${TRANSACTION_SIZE}: the same command again exited ${again.code} after ${again.ms} ms`);
  expect(again.code, describeRun(again)).toBe(0);
  expect(again.messages, describeRun(again)).toEqual([]);
  expect(again.stdout).toMatch(/^Imported .*tiny\.json in [\d.]+ s: 246 countries, 190 exchangeRates, 244 actors, 12 memberships, 60 partnerships, 1500 activities, /);
  expect(await graphFingerprint(db)).toEqual(reference);
}, 150_000);
