/**
 * The plan Neo4j picks for building the coverage tallies inside an import's one transaction. There
 * its statistics still describe the graph before the import (empty, for a first one), and the
 * planner once started from every FOREIGN actor and walked all their INVOLVES once per year: at M
 * the tallies took 47 s instead of 11 (BENCHMARKS.md, round 15). The build must start from the
 * year's activities, found by the date index, whatever the statistics say.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { cypher } from "../../src/db/cypher";
import type { Database } from "../../src/db/database";
import { toPlain } from "../../src/db/mapping";
import { importStamp } from "../../src/dataset/import";
import { parseDataset } from "../../src/dataset/parse";
import { ProgressMeter } from "../../src/dataset/progress";
import { writeInTransaction } from "../../src/dataset/write";
import { smallDataset } from "../fixtures/small";
import { connectTestDb, resetGraph } from "../support/db";

let db: Database;

beforeAll(async () => {
  db = await connectTestDb();
  await resetGraph(db);
});

afterAll(async () => {
  await resetGraph(db);
  await db?.close();
});

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

function steps(plan: PlanStep): PlanStep[] {
  return [plan, ...plan.children.flatMap(steps)];
}

it("builds the tallies from each year's activities, found by the date index, inside a first import's transaction", async () => {
  const session = db.driver.session({ database: db.database });
  const raw = session.beginTransaction();
  try {
    // The first import's writes, not committed: Neo4j's statistics still say the graph is empty.
    const tx = { run: async (name: string, params = {}) => (await raw.run(cypher(name), params)).records.map((r) => toPlain(r.toObject()) as never) };
    const { dataset } = parseDataset(smallDataset());
    await writeInTransaction(tx, dataset, { entities: new Map(), countries: new Set() }, { batchSize: 1000, meter: new ProgressMeter(() => {}), stamp: importStamp() });
    const [scope] = (await raw.run(cypher("tallies/scope-all"))).records.map((r) => r.toObject());
    expect(scope.years.length).toBeGreaterThan(0);

    const { summary } = await raw.run(`EXPLAIN ${cypher("tallies/build")}`, scope);
    const plan = steps(summary.plan as unknown as PlanStep);
    const details = plan.map((step) => `${step.operatorType} ${String(step.arguments.Details ?? "")}`);
    expect(details.filter((d) => /Actor\(side\)/.test(d)), details.join("\n")).toEqual([]);
    expect(details.some((d) => /^NodeIndexSeekByRange.*a:Activity\(date\)/.test(d)), details.join("\n")).toBe(true);
  } finally {
    await raw.rollback();
    await session.close();
  }
});
