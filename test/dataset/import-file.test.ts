/**
 * Importing from a file, in one transaction or in transactions of N rows: the same graph either way,
 * nothing written for a rejected file, and an interrupted import completed by running it again.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { DatasetRejected, type ImportCounts, ImportInterrupted, type ImportOptions, importDataset, importDatasetFile } from "../../src/dataset/import";
import { formatProblem } from "../../src/dataset/problems";
import { smallDataset } from "../fixtures/small";
import { connectTestDb, graphFingerprint, resetGraph } from "../support/db";

let db: Database;
let dir: string;
/** The graph after a plain one-transaction import of the small dataset into an empty graph, and its counts. */
let reference: Graph;
let referenceCounts: ImportCounts;

beforeAll(async () => {
  db = await connectTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-file-"));
  await resetGraph(db);
  referenceCounts = await importDataset(db, smallDataset());
  reference = await graph();
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

beforeEach(async () => {
  await resetGraph(db);
});

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, JSON.stringify(content, null, 2));
  return target;
}

interface Graph {
  fingerprint: Record<string, number>;
  /** Every derived actor-graph link: the counts alone would not show one that points at the wrong actor. */
  involves: string[];
}

async function graph(): Promise<Graph> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.run("MATCH (e:Engagement)-[:INVOLVES]->(a:Actor) RETURN e.id + ' -> ' + a.id AS link ORDER BY link");
    return { fingerprint: await graphFingerprint(db), involves: result.records.map((r) => r.get("link")) };
  } finally {
    await session.close();
  }
}

/** Imports with `onCommit` throwing after the k-th commit; returns the error. */
async function interruptedAfter(k: number, target: string, options: ImportOptions = {}): Promise<unknown> {
  const crash = new Error(`simulated crash after commit ${k}`);
  const error = await importDatasetFile(db, target, {
    transactionSize: 3, ...options, onCommit: (n) => { if (n === k) throw crash; },
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportInterrupted);
  expect((error as ImportInterrupted).cause).toBe(crash);
  return error;
}

describe("importDatasetFile", () => {
  it("imports the same graph in transactions of 3 rows as in one transaction", async () => {
    const target = file("small.json", smallDataset());
    const commits: number[] = [];
    expect(await importDatasetFile(db, target, { transactionSize: 3, onCommit: (n) => commits.push(n) })).toEqual(referenceCounts);
    expect(await graph()).toEqual(reference);
    expect(commits.length).toBe(23); // 3 rows at a time, step by step
  });

  it("rejects a file with the same problems as the same document given whole, and writes nothing, also in transactions", async () => {
    const broken: any = smallDataset();
    broken.activities[3].partnershipId = "p9";
    broken.reviews[0].year = 2018.5;
    broken.actors[2].emial = "x";
    const target = file("broken.json", broken);
    const whole = await importDataset(db, broken).catch((e: unknown) => e);
    expect(whole).toBeInstanceOf(DatasetRejected);
    await importDataset(db, smallDataset());
    const before = await graphFingerprint(db);
    // The one-transaction path from a file is the CLI's (test/cli); here the checks must come before any commit.
    for (const options of [{ transactionSize: 3 }, { transactionSize: 3, replace: true }]) {
      const error = await importDatasetFile(db, target, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetRejected);
      expect((error as DatasetRejected).problems.map(formatProblem)).toEqual((whole as DatasetRejected).problems.map(formatProblem));
      expect(await graphFingerprint(db)).toEqual(before);
    }
  });

  it("with replace and a transaction size, wipes the graph first, then writes the file in transactions", async () => {
    const only = { format: "partner-network/v1", actors: [{ id: "solo", kind: "NGO", side: "FOREIGN", name: "Solo", country: "JP" }] };
    await importDataset(db, only);
    const expected = await graph();
    await importDataset(db, smallDataset());
    await importDatasetFile(db, file("only.json", only), { replace: true, transactionSize: 3 });
    expect(await graph()).toEqual(expected);
  });
});

describe("an import in transactions, interrupted", () => {
  // Of 23 commits, one before the activities and one in their middle: the run again finds some of
  // them stored and updates them, creates the others (every point of the actor-graph step is tested below).
  it.each([13, 15])("after commit %i: running it again completes it", async (k) => {
    const target = file("small.json", smallDataset());
    await interruptedAfter(k, target);
    expect(await graph()).not.toEqual(reference);
    await importDatasetFile(db, target, { transactionSize: 3 });
    expect(await graph()).toEqual(reference);
  });

  it("over a graph holding some of its activities with other relations, gives the graph of a clean import", async () => {
    // Stored activities are updated, absent ones created, in the same batches of 3: both kinds of
    // row must end with the file's relations and actor graph, the stored ones' old links gone.
    const small = smallDataset();
    const [act1, , act3] = small.activities;
    await importDataset(db, {
      ...small,
      activities: [
        { ...act1, partnershipId: undefined, organizerIds: ["kh-ufo"], participantIds: ["fr-ovs"] },
        { ...act3, partnershipId: "ps-ngo", participantIds: ["jp-pref", "kh-nt"] },
      ],
    });
    await importDatasetFile(db, file("small.json", small), { transactionSize: 3 });
    expect(await graph()).toEqual(reference);
  });

  it("with replace, after the wipe: running it again completes it", async () => {
    await importDataset(db, { format: "partner-network/v1", actors: [{ id: "old", kind: "NGO", side: "FOREIGN", name: "Old", country: "FR" }] });
    const target = file("small.json", smallDataset());
    const error = await interruptedAfter(2, target, { replace: true });
    expect((error as Error).message).toContain("The graph holds a partial import; run the same import again to complete it.");
    await importDatasetFile(db, target, { replace: true, transactionSize: 3 });
    expect(await graph()).toEqual(reference);
  });

  it("re-derives the actor graph of stored engagements the file changes, at every point of interruption", async () => {
    // The file gives the sister partnership ps-jp another foreign party: the stored activities under it
    // (not in the file) must change partners too, even if the first run stopped before relinking them.
    // The stored graph: the small dataset's actors and that partnership, with its activities.
    const small = smallDataset();
    const base = { format: "partner-network/v1", actors: small.actors, partnerships: [small.partnerships[0]], activities: small.activities.slice(0, 2) };
    const update = file("update.json", {
      format: "partner-network/v1",
      actors: [{ id: "jp-city", kind: "LOCALITY", side: "FOREIGN", name: "Example City", country: "JP", level: "CITY" }],
      partnerships: [{ ...small.partnerships[0], foreignPartyIds: ["jp-city"] }],
    });
    await importDataset(db, base);
    const commits: number[] = [];
    await importDatasetFile(db, update, { transactionSize: 1, onCommit: (n) => commits.push(n) });
    const expected = await graph();
    expect(expected.involves).toContain("act-2 -> jp-city");
    expect(expected.involves).not.toContain("act-2 -> jp-pref");
    // Interrupting after the last commit leaves nothing to do; every point before it is checked.
    for (let k = 1; k < commits.length; k++) {
      await resetGraph(db);
      await importDataset(db, base);
      await interruptedAfter(k, update, { transactionSize: 1 });
      await importDatasetFile(db, update, { transactionSize: 1 });
      expect(await graph(), `interrupted after commit ${k}`).toEqual(expected);
    }
  });
});
