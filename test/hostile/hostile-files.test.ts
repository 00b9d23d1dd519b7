/**
 * `npm run import` against the corpus of hostile files (files.ts): each is refused with exit 1 and
 * its reason, named by place, within seconds, and the graph is left exactly as it was.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import type { Database } from "../../src/db/database";
import { smallDataset } from "../fixtures/small";
import { connectWithDataset, graphFingerprint, testNeo4jEnv } from "../support/db";
import { HOSTILE_FILES } from "./files";
import { npmScript } from "../support/commands";

let db: Database;
let dir: string;
let before: Record<string, number>;

beforeAll(async () => {
  db = await connectWithDataset(smallDataset());
  before = await graphFingerprint(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-files-"));
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

it.each(HOSTILE_FILES.map((f) => [f.name, f] as const))("%s: is refused with its place, and nothing is written", async (_name, hostile) => {
  const file = path.join(dir, "hostile.json");
  fs.writeFileSync(file, hostile.content());
  const started = Date.now();
  const command = npmScript("import", [file]);
  const run = spawnSync(command.program, command.args, {
    cwd: PROJECT_ROOT, env: { ...process.env, ...testNeo4jEnv() }, encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 2 ** 20,
  });
  expect(run.status, run.stderr.slice(0, 2000)).toBe(1);
  for (const part of hostile.expect) expect(run.stderr).toMatch(part);
  expect(run.stderr).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(await graphFingerprint(db)).toEqual(before);
}, 60_000);
