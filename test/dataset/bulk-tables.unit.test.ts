/**
 * The bulk import's activities written by several threads (src/dataset/bulk/activities.ts) give the
 * graph one thread gives: the same nodes with the same properties, the same relationships between
 * them, the same tallies (every sum in the same order), the same headers and the same empty lists to
 * set afterwards. Compared on the CSV files, node numbers translated back to the nodes they name.
 * (test/cli/bulk-import.test.ts compares the files of three threads, imported, with an online import.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config";
import { type BulkTables, writeBulkTables } from "../../src/dataset/bulk/tables";
import { partsByYear } from "../../src/dataset/bulk/activities";
import { parseDataset } from "../../src/dataset/parse";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-tables-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The demo dataset, with a value on two lines and an empty list among its activities. */
function dataset() {
  const raw = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "data", "demo", "khanh-hoa.json"), "utf8"));
  raw.activities[5].outcome = 'Two lines,\nwith "quotes"';
  raw.activities[7].sectors = [];
  return parseDataset(raw).dataset;
}

const stamp = { at: "2026-12-06T00:00:00Z", by: "import" };

/** The lines of a data file; quoted values never hold a line break here but the one above, kept whole. */
function lines(file: string): string[] {
  return fs.readFileSync(file, "utf8").split(/\n(?=\d)/).map((line) => line.replace(/\n$/, "")).filter((line) => line !== "");
}

/** Every node as its labels and CSV values (its number left out), and every relationship between two such nodes; sorted. */
function graphOf(tables: BulkTables): { headers: string[]; nodes: string[]; relationships: string[] } {
  const nodeOf = new Map<string, string>();
  const headers: string[] = [];
  for (const group of tables.nodes) {
    headers.push(`${group.labels.join(":")} ${fs.readFileSync(group.header, "utf8").trim()}`);
    for (const file of group.data) {
      for (const line of lines(file)) {
        const comma = line.indexOf(",");
        nodeOf.set(line.slice(0, comma), `${group.labels.join(":")} ${line.slice(comma + 1)}`);
      }
    }
  }
  const relationships: string[] = [];
  for (const group of tables.relationships) {
    headers.push(`${group.type} ${fs.readFileSync(group.header, "utf8").trim()}`);
    for (const file of group.data) {
      for (const line of lines(file)) {
        const [start, end] = line.split(",");
        expect(nodeOf.has(start) && nodeOf.has(end), `${group.type} ${line}`).toBe(true);
        relationships.push(`${nodeOf.get(start)} -${group.type}-> ${nodeOf.get(end)}`);
      }
    }
  }
  return { headers: headers.sort(), nodes: [...nodeOf.values()].sort(), relationships: relationships.sort() };
}

describe("the bulk import's activities in parts", () => {
  it("splits them by whole years, as evenly as the years allow, each part in the file's order", () => {
    const activities = dataset().activities;
    const parts = partsByYear(activities, 3);
    expect(parts).toHaveLength(3);
    expect(parts.flat()).toHaveLength(activities.length);
    const yearsOf = (part: typeof activities) => new Set(part.map((a) => a.date?.slice(0, 4)));
    for (const [i, part] of parts.entries()) {
      for (const other of parts.slice(i + 1)) for (const year of yearsOf(part)) expect(yearsOf(other).has(year)).toBe(false);
      expect(part).toEqual(activities.filter((a) => part.includes(a)));
    }
    const largestYear = Math.max(...[...yearsOf(activities)].map((y) => activities.filter((a) => a.date?.slice(0, 4) === y).length));
    const sizes = parts.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largestYear);
  });

  it("writes the same graph from three threads as from one", async () => {
    const data = dataset();
    fs.mkdirSync(path.join(dir, "one"));
    fs.mkdirSync(path.join(dir, "three"));
    const one = await writeBulkTables(data, path.join(dir, "one"), stamp, () => {}, 1);
    const three = await writeBulkTables(data, path.join(dir, "three"), stamp, () => {}, 3);

    expect(one.nodes.find((g) => g.labels.includes("Activity"))!.data).toHaveLength(1);
    const activities = three.nodes.find((g) => g.labels.includes("Activity"))!;
    expect(activities.data).toHaveLength(3);
    expect(activities.multiline).toBe(true);
    expect(three.relationships.find((g) => g.type === "INVOLVES" && g.data.length > 1)?.data).toHaveLength(4); // the main thread's and each part's

    const graph = graphOf(three);
    expect(graph.nodes.filter((n) => n.startsWith("CountryActivityTally")).length).toBeGreaterThan(0);
    expect(graph).toEqual(graphOf(one));
    expect([three.nodeCount, three.relationshipCount]).toEqual([one.nodeCount, one.relationshipCount]);
    expect(three.emptyLists).toEqual(one.emptyLists);
  });

  it("fails with the failing part's own error, from a worker or the main thread", async () => {
    for (const [index, message] of [
      [2, /^writing part 2 of the activities failed: The bulk import's files hold \d+ nodes for \d+ node numbers/],
      [0, /^The bulk import's files hold \d+ nodes for \d+ node numbers/],
    ] as const) {
      const data = dataset();
      // A reference to no record (the checks before the writer make it impossible) in one part only.
      partsByYear(data.activities, 3)[index][0].organizerIds = ["no-such-actor"];
      const target = path.join(dir, `failing-${index}`);
      fs.mkdirSync(target);
      await expect(writeBulkTables(data, target, stamp, () => {}, 3)).rejects.toThrow(message);
    }
  });
});
