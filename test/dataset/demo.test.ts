/** The demo dataset: generated reproducibly, valid, and loaded by `npm start` into an empty graph only. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import type { Database } from "../../src/db/database";
import { DEMO_FILE, loadDemoIfEmpty } from "../../src/dataset/demo";
import { readDatasetFile } from "../../src/dataset/file";
import { connectTestDb, graphFingerprint, resetGraph } from "../support/db";
import { createGraphQL, type TestGraphQL } from "../support/graphql";
import { npmScript } from "../support/commands";

let db: Database;
let gql: TestGraphQL;
const demo = readDatasetFile(DEMO_FILE) as Record<string, any[]>;

beforeAll(async () => {
  db = await connectTestDb();
  await resetGraph(db);
  gql = await createGraphQL(db);
});

afterAll(async () => {
  await gql.stop();
  await db.close();
});

describe("the demo dataset", () => {
  it("is exactly what scripts/build-demo.ts generates", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "demo-")), "demo.json");
    const command = npmScript("demo", [out]);
    const run = spawnSync(command.program, command.args, { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toBe(fs.readFileSync(DEMO_FILE, "utf8"));
  });

  it("is loaded into an empty graph, with every record", async () => {
    const lines: string[] = [];
    expect(await loadDemoIfEmpty(db, (l) => lines.push(l))).toBe(true);
    expect(lines[1]).toBe(`Demo dataset loaded: ${demo.actors.length} actors, ${demo.partnerships.length} partnerships, ${demo.activities.length} activities, ${demo.projects.length} projects.`);
    const { data } = await gql.run(`{ actors { totalCount } partnerships { totalCount } activities { totalCount } projects { totalCount } plans { id tasks { id } reports { id } } }`);
    expect(data).toMatchObject({
      actors: { totalCount: demo.actors.length }, partnerships: { totalCount: demo.partnerships.length },
      activities: { totalCount: demo.activities.length }, projects: { totalCount: demo.projects.length },
    });
    expect(data!.plans[0].reports).toHaveLength(demo.reports.length);
  });

  it("is not loaded again into a graph that has data", async () => {
    const before = await graphFingerprint(db);
    expect(await loadDemoIfEmpty(db, () => {})).toBe(false);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("holds the cases the analytics need", () => {
    const plan = demo.plans[0];
    const partnerCountries = new Set(demo.actors.filter((a) => a.side === "FOREIGN").map((a) => a.country));
    // A priority country with no partner at all.
    expect(plan.priorityCountries.filter((c: string) => !partnerCountries.has(c))).toContain("CA");
    // One late and one missing report.
    expect(demo.reports.find((r) => r.unitId === "vn-kh-khanhson" && r.year === 2018).submittedOn).toBe("2018-12-20");
    expect(demo.reports.find((r) => r.unitId === "vn-kh-khatoco" && r.year === 2019)).toBeUndefined();
    // An unconverted currency: Thai baht amounts and no THB rate.
    expect(demo.activities.some((a) => a.funds?.currency === "THB")).toBe(true);
    expect(demo.exchangeRates.some((r) => r.currency === "THB")).toBe(false);
    // A dormant sister relation: Irkutsk's last activity is more than 730 days before 2020-12-31.
    const irkutsk = demo.activities.filter((a) => a.partnershipId === "ps-kh-irkutsk").map((a) => a.date).sort();
    expect(irkutsk[irkutsk.length - 1]).toBe("2016-09-20");
    // An isolated actor.
    expect(JSON.stringify({ ...demo, actors: [] })).not.toContain("nz-ovs-wellington");
  });
});
