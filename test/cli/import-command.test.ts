/** `npm run import` as a user runs it: exit codes, messages on stderr, nothing written on failure. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import type { Database } from "../../src/db/database";
import { importDataset } from "../../src/dataset/import";
import { smallDataset } from "../fixtures/small";
import { connectTestDb, graphFingerprint, resetGraph, testNeo4jEnv } from "../support/db";
import { npmScript } from "../support/commands";

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await connectTestDb();
  await resetGraph(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

function importCommand(...args: string[]) {
  const command = npmScript("import", args);
  const result = spawnSync(command.program, command.args, {
    cwd: PROJECT_ROOT, env: { ...process.env, ...testNeo4jEnv() }, encoding: "utf8", timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
}

describe("npm run import", () => {
  it("imports a valid file and exits 0", async () => {
    const run = importCommand(file("ok.json", smallDataset()));
    expect(run.stderr).not.toContain("Error");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported .*ok\.json in [\d.]+ s: 3 countries, 2 exchangeRates, 10 actors, 1 memberships, 3 partnerships, 4 activities, 2 projects, 2 reviews, 1 plans, 2 tasks, 2 reports, 0 permits\n$/);
  });

  it("rejects an invalid file: exit 1, every problem on stderr, nothing written", async () => {
    const before = await graphFingerprint(db);
    const broken = smallDataset() as any;
    broken.activities[3].partnershipId = "p9";
    broken.partnerships[0].foreignPartyIds = ["kh-nt"];
    const run = importCommand("--replace", file("broken.json", broken));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("The dataset was rejected (2 problems); nothing was written:");
    expect(run.stderr).toContain('partnerships[0].foreignPartyIds[0]: "kh-nt" is a DOMESTIC actor; foreign parties must be FOREIGN');
    expect(run.stderr).toContain('activities[3].partnershipId: unknown id "p9"');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it.each([
    [["/no/such/file.json"], "/no/such/file.json: cannot read the file (no such file)"],
    [[], "FILE is missing\nUsage: npm run import -- [--replace] [--transaction-size N] FILE\n       npm run import -- --bulk FILE"],
    [["--force", "x.json"], "unknown option --force\nUsage: npm run import -- [--replace] [--transaction-size N] FILE\n       npm run import -- --bulk FILE"],
    [["--transaction-size", "0", "x.json"], '--transaction-size takes a positive whole number of rows, got "0"\nUsage: npm run import -- [--replace] [--transaction-size N] FILE\n       npm run import -- --bulk FILE'],
  ])("%j: exit 1 with a one-line explanation", (args, message) => {
    const run = importCommand(...args);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(message);
  });

  it("reports invalid JSON with the file name, line and column", () => {
    const target = file("bad.json", '{ "format": "partner-network/v1",\n  "actors": [} ');
    const run = importCommand(target);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`${target}: not valid JSON: expected a value at line 2, column 14`);
  });

  it("--replace --transaction-size N: the same graph, written in transactions of N rows", async () => {
    await resetGraph(db);
    await importDataset(db, smallDataset());
    const single = await graphFingerprint(db);
    const run = importCommand("--replace", "--transaction-size", "3", file("ok.json", smallDataset()));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/actor graph: 10\/10 \(\d+ records\/s\)/);
    expect(await graphFingerprint(db)).toEqual(single);
  });

  it("--help explains what --transaction-size trades away", () => {
    const run = importCommand("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--transaction-size N");
    expect(run.stdout).toContain("the graph holds a partial import");
    expect(run.stdout).toContain("Running the same command again completes it");
  });
});
