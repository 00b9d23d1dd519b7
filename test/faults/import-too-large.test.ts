/**
 * A one-transaction import larger than Neo4j's transaction memory (70% of its heap): Neo4j refuses
 * it part-way. The import must stop there, once (Neo4j calls the error transient, and the driver
 * would otherwise run the whole import again, to fail the same way), leave the graph as it was, and
 * say how to get through: more heap (NEO4J_LOCAL_HEAP, which sizes the local Neo4j that
 * `npm run import` starts) or --transaction-size.
 * Run on a local Neo4j of its own, started as `npm run import` starts it, with a 256 MiB heap.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { neo4jConfig } from "../../src/config";
import { connectNeo4j, type Neo4jHandle } from "../../src/db/connect";
import { ImportTooLarge, importDataset } from "../../src/dataset/import";
import { freePort } from "../../src/ports";
import { smallDataset } from "../fixtures/small";
import { graphFingerprint, statementsDuring } from "../support/db";

let dir: string;
let neo4j: Neo4jHandle;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-too-large-"));
  const config = neo4jConfig({ NEO4J_LOCAL_DIR: dir, NEO4J_LOCAL_BOLT_PORT: String(await freePort()), NEO4J_LOCAL_HEAP: "256m" });
  neo4j = await connectNeo4j(config);
}, 150_000);

afterAll(async () => {
  await neo4j?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The small dataset and `count` more activities, each with an outcome of `bytes` characters. */
function withLargeActivities(count: number, bytes: number) {
  const dataset = smallDataset();
  const outcome = "x".repeat(bytes);
  for (let i = 0; i < count; i++) {
    dataset.activities.push({ id: `act-large-${i}`, kind: "TRAINING", title: "Training", date: "2020-03-10", partnershipId: "ps-ngo",
      organizerIds: ["kh-dofa"], outcome } as (typeof dataset.activities)[number]);
  }
  return dataset;
}

it("runs the local Neo4j with the heap NEO4J_LOCAL_HEAP names", async () => {
  const { records } = await neo4j.db.driver.executeQuery(
    "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.memory.transaction.total.max' RETURN value");
  // 70% of 256 MiB; with the default heap of 2 GiB it would be 1.40GiB.
  expect(records[0].get("value")).toBe("179.20MiB");
});

it("stops at once when the import outgrows Neo4j's transaction memory, writes nothing, and names both ways out", async () => {
  const before = await graphFingerprint(neo4j.db);
  let error: unknown;
  // 300 MB of outcomes (each as long as the format allows) against a limit of 179 MiB, 2 MB per statement.
  const sent = await statementsDuring(neo4j.db, () =>
    importDataset(neo4j.db, withLargeActivities(15_000, 20_000), { batchSize: 100 }).catch((caught: unknown) => { error = caught; }));
  expect(error, String(error).slice(0, 600)).toBeInstanceOf(ImportTooLarge);
  expect((error as Error).message).toMatch(/^Neo4j refused the import \(Neo\.TransientError\.General\.MemoryPoolOutOfMemoryError\): .*Nothing was written\./);
  expect((error as Error).message).toContain("NEO4J_LOCAL_HEAP");
  expect((error as Error).message).toContain("--transaction-size N");
  expect(sent.filter((event) => event.name === "import/upsert-actors")).toHaveLength(1); // one attempt
  expect(await graphFingerprint(neo4j.db)).toEqual(before);
}, 180_000);
