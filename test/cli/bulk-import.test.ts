/**
 * `npm run import -- --bulk FILE` against real Neo4j stores: the same file imported online into the
 * suite's Neo4j and in bulk into a store of its own gives the same graph (nodes by label and with
 * every property and its type, relationships, the actor graph, the tallies, indexes and
 * constraints); and the bulk import refuses, changing nothing, a store that Neo4j has open, one that
 * holds data, and a file that breaks the rules (with the online import's own report).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import { Database } from "../../src/db/database";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/db/localNeo4j";
import { importDataset } from "../../src/dataset/import";
import { datasetSource } from "../../src/dataset/file";
import { databaseDir, stagingHome } from "../../src/dataset/bulk/store";
import { freePort } from "../../src/ports";
import { connectTestDb, graphNodes, graphRelationships, resetGraph, rows, testNeo4jEnv } from "../support/db";
import { npmScript } from "../support/commands";

const SLOW = 600_000;

/** The demo dataset (v2: commitments, renewals, permits, tasks), with values that are hard to write as CSV. */
function dataset() {
  const d = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "data", "demo", "khanh-hoa.json"), "utf8"));
  d.activities[0].outcome = 'Two lines,\nwith "quotes", a comma; and a semicolon';
  d.activities[1].sectors = [];
  d.activities[2].title = "Hội nghị xúc tiến đầu tư \u{1F30F}";
  const withCommitments = d.partnerships.find((p: { commitments?: unknown[] }) => p.commitments?.length);
  withCommitments.commitments[0].activityKinds = [];
  d.partnerships.find((p: { commitments?: unknown[] }) => !p.commitments?.length).sectors = [];
  return d;
}

let dir: string;
let online: Database;
let bulkNeo4j: LocalNeo4j | undefined;
let bulk: Database | undefined;
let bulkRun: ReturnType<typeof command>;

function command(args: string[], env: Record<string, string | undefined>) {
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const command = npmScript("import", args);
  const result = spawnSync(command.program, command.args, {
    cwd: PROJECT_ROOT, env: merged as NodeJS.ProcessEnv, encoding: "utf8", timeout: SLOW,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `--bulk` into the local store `store` (no NEO4J_URI: the project's own Neo4j). */
async function bulkImport(store: string, file: string, env: Record<string, string> = {}) {
  return command(["--bulk", file], { NEO4J_URI: undefined, NEO4J_LOCAL_DIR: store, NEO4J_LOCAL_BOLT_PORT: String(await freePort()), ...env });
}

function writeFile(name: string, content: unknown): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, JSON.stringify(content));
  return target;
}

async function openStore(store: string): Promise<{ local: LocalNeo4j; db: Database }> {
  const local = await startLocalNeo4j({ dir: store, boltPort: await freePort() });
  return { local, db: new Database(neo4j.driver(local.uri, neo4j.auth.basic("neo4j", ""))) };
}

async function counts(db: Database, query: string): Promise<Record<string, number>> {
  return Object.fromEntries((await rows(db, query)).map((r) => [r.key as string, Number(r.n)]));
}

async function schema(db: Database): Promise<string[]> {
  const indexes = await rows(db, "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN *");
  const constraints = await rows(db, "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *");
  return [...indexes, ...constraints].map((r) => JSON.stringify(Object.entries(r).sort())).sort();
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-import-"));
  const file = writeFile("demo.json", dataset());
  online = await connectTestDb();
  await resetGraph(online);
  // The same file named in both audit entries.
  await importDataset(online, dataset(), { source: await datasetSource(file) });
  // The activities in three parts, two of them written by worker threads (bulk/activities.ts): the
  // default for a file this small is one, which test/dataset/bulk-tables.test.ts compares with three.
  bulkRun = await bulkImport(path.join(dir, "store"), file, { BULK_IMPORT_THREADS: "3" });
  if (bulkRun.code === 0) ({ local: bulkNeo4j, db: bulk } = await openStore(path.join(dir, "store")));
}, SLOW);

afterAll(async () => {
  await bulk?.close();
  await bulkNeo4j?.stop();
  await online?.close();
  fs.rmSync(dir, { recursive: true, force: true });
}, SLOW);

describe("npm run import -- --bulk FILE", () => {
  it("exits 0, with progress on stderr and the counts and rate on stdout", () => {
    expect(bulkRun.stderr).toContain("neo4j-admin: IMPORT DONE");
    // The tallies are written with the store (countedTallies.ts), not built once Neo4j runs.
    expect(bulkRun.stderr).toMatch(/CSV: country tallies: [1-9]\d* rows/);
    expect(bulkRun.stderr).not.toContain("tallies for coverage");
    // The importer read the activities from three files, one per thread.
    expect(fs.readFileSync(path.join(dir, "store", "logs", "bulk-import.log"), "utf8")).toContain("nodes-activities-part2.csv");
    expect(bulkRun.code).toBe(0);
    expect(bulkRun.stdout).toMatch(/^Imported .*demo\.json in bulk into .*store in [\d.]+ s \(written in [\d.]+ s, \d+ records\/s\): 23 countries, 63 exchangeRates, 62 actors, 4 memberships, 20 partnerships, 138 activities, 15 projects, 29 reviews, 1 plans, 6 tasks, 77 reports, 3 permits\n$/);
    expect(fs.existsSync(stagingHome(path.join(dir, "store")))).toBe(false);
  });

  it("stores as many nodes of each label and relationships of each type as an online import", async () => {
    const byLabel = "MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n";
    const byType = "MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n";
    expect(await counts(bulk!, byLabel)).toEqual(await counts(online, byLabel));
    expect(await counts(bulk!, byType)).toEqual(await counts(online, byType));
  });

  it("stores every node with the same labels and properties, of the same types (dates, integers, lists, empty lists), tallies included", async () => {
    const expected = await graphNodes(online);
    expect(expected.some((n) => n.includes('"LIST<NOTHING> NOT NULL"') || n.includes('[]'))).toBe(true);
    expect(expected.some((n) => n.includes("CountryActivityTally"))).toBe(true);
    // A tally none of whose activities is funded (empty funds lists, set after the importer).
    expect(expected.some((n) => n.includes("ActivityTally") && n.includes('["fundsCurrencies","LIST<NOTHING> NOT NULL","[]"]'))).toBe(true);
    expect(await graphNodes(bulk!)).toEqual(expected);
  });

  it("stores the same relationships, the derived actor graph (INVOLVES) included", async () => {
    const expected = await graphRelationships(online);
    expect(expected.some((r) => r.startsWith('["INVOLVES"'))).toBe(true);
    expect(await graphRelationships(bulk!)).toEqual(expected);
  });

  it("has the same indexes and constraints, all online", async () => {
    const expected = await schema(online);
    expect(await schema(bulk!)).toEqual(expected);
    expect(expected.join("\n")).not.toMatch(/POPULATING|FAILED/);
  });

  it("refuses a store that Neo4j has open, and changes nothing", async () => {
    const before = await graphNodes(bulk!);
    const run = await bulkImport(path.join(dir, "store"), path.join(dir, "demo.json"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Neo4j is running on the local store ${path.join(dir, "store")} (npm start or npm run neo4j?): stop it, then run the bulk import again. Nothing was changed.`);
    expect(await graphNodes(bulk!)).toEqual(before);
  }, SLOW);

  it("refuses a store that holds data, and changes nothing", async () => {
    const before = await graphNodes(bulk!);
    await bulk!.close();
    await bulkNeo4j!.stop();
    bulk = undefined;
    bulkNeo4j = undefined;
    const run = await bulkImport(path.join(dir, "store"), path.join(dir, "demo.json"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`The local store ${path.join(dir, "store")} is not empty \\(\\d+ nodes\\): a bulk import writes only into an empty store\\.`));
    ({ local: bulkNeo4j, db: bulk } = await openStore(path.join(dir, "store")));
    expect(await graphNodes(bulk)).toEqual(before);
  }, SLOW);

  it("rejects a file that breaks the rules with the online import's report, and writes nothing", async () => {
    const broken = dataset();
    broken.activities[3].partnershipId = "p9";
    broken.partnerships[0].foreignPartyIds = [broken.partnerships[0].domesticPartyIds[0]];
    const file = writeFile("broken.json", broken);
    const onlineRun = command(["--replace", file], testNeo4jEnv());
    expect(onlineRun.code).toBe(1);
    expect(onlineRun.stderr).toContain("The dataset was rejected (2 problems); nothing was written:");
    expect(onlineRun.stderr).toContain('activities[3].partnershipId: unknown id "p9"');

    const store = path.join(dir, "empty-store");
    const run = await bulkImport(store, file);
    expect(run.code).toBe(1);
    // The same report, line for line; only the reading progress (its rate) may differ.
    const report = (stderr: string) => stderr.split("\n").filter((line) => !line.startsWith("  reading "));
    expect(report(run.stderr)).toEqual(report(onlineRun.stderr));
    expect(fs.existsSync(databaseDir(store))).toBe(false);
    expect(fs.existsSync(stagingHome(store))).toBe(false);
  }, SLOW);

  it("refuses an external Neo4j (NEO4J_URI): it writes only the local store", async () => {
    const run = command(["--bulk", path.join(dir, "demo.json")], testNeo4jEnv());
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("--bulk writes the project's local Neo4j store, but NEO4J_URI names an external Neo4j: " +
      "unset NEO4J_URI (the store is NEO4J_LOCAL_DIR), or import online without --bulk. Nothing was changed.");
  });
});
