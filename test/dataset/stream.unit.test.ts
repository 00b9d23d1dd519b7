/**
 * Reading a dataset file as a stream: the same dataset and the same problems as parsing the whole
 * document, records handed on one at a time, and syntax errors placed by line and column.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import { readDatasetFile } from "../../src/dataset/file";
import { generateDatasetFile } from "../../scripts/generator";
import { parseDataset } from "../../src/dataset/parse";
import { formatProblem } from "../../src/dataset/problems";
import { ProgressMeter } from "../../src/dataset/progress";
import { parseDatasetFile } from "../../src/dataset/read";
import { readDatasetStream } from "../../src/dataset/stream";
import { partnershipGrid } from "../fixtures/generated";
import { smallDataset } from "../fixtures/small";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stream-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
}

const quiet = () => new ProgressMeter(() => {});

/** The file read as a stream and the same file parsed whole give the same result. */
async function expectSameAsWhole(target: string) {
  const streamed = await parseDatasetFile(target, quiet());
  expect(streamed).toEqual(parseDataset(readDatasetFile(target)));
  return streamed;
}

describe("a dataset file read as a stream", () => {
  it("gives the same dataset as parsing the whole document: the demo", async () => {
    const { dataset, problems } = await expectSameAsWhole(DEMO_FILE);
    expect(problems.total).toBe(0);
    expect(dataset.activities.length).toBeGreaterThan(0);
  });

  it("gives the same dataset as parsing the whole document: generated datasets", async () => {
    await expectSameAsWhole(file("grid.json", partnershipGrid(20, 5)));
    const generated = path.join(dir, "tiny.json");
    await generateDatasetFile({ scale: "tiny", seed: 2 }, generated);
    const { dataset, problems } = await expectSameAsWhole(generated);
    expect(problems.total).toBe(0);
    expect(dataset.activities).toHaveLength(1500);
  });

  it("reports the same problems, in the same order, whatever the order of the file's sections", async () => {
    const broken: any = smallDataset();
    broken.activites = [{ id: "x" }];
    broken.actors[2].emial = "x";
    broken.reviews[0].year = 2018.5;
    broken.plans[0].tasks[1].id = "-bad";
    broken.activities[0].date = "2019-02-29";
    broken.partnerships[1].kind = "sister";
    // Sections in reverse order, unknown field first: the report must not follow the file's order.
    const reversed = Object.fromEntries(Object.entries(broken).reverse());
    const { problems } = await expectSameAsWhole(file("broken.json", reversed));
    expect(problems.kept.map(formatProblem)).toEqual([
      "activites: unknown field (not part of partner-network/v1 or v2)",
      "actors[2].emial: unknown field (not part of partner-network/v1 or v2)",
      'partnerships[1].kind: must be one of SISTER_LOCALITY, FRIENDSHIP, COOPERATION, AID_PROGRAM, INVESTMENT, OTHER; got "sister"',
      "activities[0].date: must be a date written YYYY-MM-DD",
      "reviews[0].year: must be a whole year",
      "plans[0].tasks[1].id: must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$",
    ]);
  });

  it("checks the top level as a whole document would be: format, arrays, not an object", async () => {
    await expectSameAsWhole(file("format.json", { format: "partner-network/v0", actors: {}, countries: "none" }));
    const { problems } = await expectSameAsWhole(file("array.json", [{ format: "partner-network/v1" }]));
    expect(problems.kept.map(formatProblem)).toEqual(["the document must be a JSON object"]);
    await expectSameAsWhole(file("number.json", "42"));
  });

  it("hands on each record with its section and index, in file order, and keeps no array", async () => {
    const seen: unknown[] = [];
    const top = await readDatasetStream(
      file("records.json", '\uFEFF{"format":"partner-network/v1","actors":[{"id":"a","n":[1,{"x":null}]},2],"extra":{"k":[true]},"plans":[]}'),
      (section, index, value) => seen.push([section, index, value]),
    );
    expect(seen).toEqual([["actors", 0, { id: "a", n: [1, { x: null }] }], ["actors", 1, 2]]);
    expect(top).toEqual({ format: "partner-network/v1", actors: [], extra: { k: [true] }, plans: [] });
  });

  it("keeps __proto__ as a field, as JSON.parse does", async () => {
    const target = file("proto.json", '{"format":"partner-network/v1","actors":[{"__proto__":{"id":"x"}}]}');
    const { problems } = await expectSameAsWhole(target);
    expect(problems.kept.map(formatProblem)).toContain("actors[0].__proto__: unknown field (not part of partner-network/v1 or v2)");
  });
});

describe("a file that is not a dataset document", () => {
  it.each([
    ["truncated", '{ "format": "partner-network/v1", ', "the file ends before the document does (expected an object key) at line 1, column 35"],
    ["empty", "", "the file ends before the document does (expected a value) at line 1, column 1"],
    ["a bad literal near the end", '{\n  "format": "partner-network/v1",\n  "actors": [\n    {"id": "a", "x": tru}\n  ]\n}', "expected a value at line 4, column 22"],
    ["two documents", '{"format":"partner-network/v1"}\n{}', "unexpected characters at line 2, column 1"],
  ])("%s: not valid JSON, with the file name, line and column", async (_name, content, message) => {
    const target = file("bad.json", content);
    await expect(readDatasetStream(target, () => {})).rejects.toThrow(`${target}: not valid JSON: ${message}`);
  });

  it("places an error deep in a large file", async () => {
    const text = JSON.stringify(partnershipGrid(200, 40), null, 1); // ≈ 2 MiB: several read chunks
    const at = text.indexOf('"title"', 1_500_000);
    const target = file("deep.json", text.slice(0, at) + "'" + text.slice(at + 1));
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    await expect(readDatasetStream(target, () => {})).rejects.toThrow(`${target}: not valid JSON: expected an object key at line ${line}, column ${column}`);
  });

  it("refuses a top-level field given twice (JSON.parse would silently keep the last)", async () => {
    const target = file("twice.json", '{"format":"partner-network/v1","actors":[],"actors":[]}');
    await expect(readDatasetStream(target, () => {})).rejects.toThrow(`${target}: actors: this top-level field appears twice`);
  });

  it.each([
    ["in a record", '{"format":"partner-network/v1","actors":[{"id":"a"},{"id":"b","name":"x","name":"y"}]}', "actors[1].name"],
    ["in a nested object", '{"format":"partner-network/v1","actors":[{"id":"a","contact":{"email":"x","email":"y"}}]}', "actors[0].contact.email"],
    ["in an object in a list", '{"format":"partner-network/v1","plans":[{"id":"p","tasks":[{"id":"t1"},{"id":"t2","id":"t3"}]}]}', "plans[0].tasks[1].id"],
    ["in a top-level object", '{"format":"partner-network/v1","extra":{"k":1,"k":2}}', "extra.k"],
  ])("refuses a field given twice %s, naming its path", async (_where, content, at) => {
    const target = file("twice.json", content);
    await expect(readDatasetStream(target, () => {})).rejects.toThrow(`${target}: ${at}: this field appears twice in one object`);
  });

  it("refuses values nested deeper than any record of the format, naming the record", async () => {
    const target = file("nested.json", `{"format":"partner-network/v1","actors":[{"id":"a"},{"id":"b","x":${"[".repeat(100_000)}${"]".repeat(100_000)}}]}`);
    await expect(readDatasetStream(target, () => {})).rejects.toThrow(/^.*nested\.json: actors\[1\]\.x(\[0\])+: nested more than 16 levels deep$/);
  });

  it("refuses bytes that are not UTF-8, with their offset and line (never stored as U+FFFD)", async () => {
    const target = path.join(dir, "latin1.json");
    const before = Buffer.from('{"format":"partner-network/v1",\n"actors":[{"id":"a","name":"Kh', "utf8");
    fs.writeFileSync(target, Buffer.concat([before, Buffer.from([0xe1, 0x6e]), Buffer.from('h H\u00f2a"}]}', "utf8")]));
    await expect(readDatasetStream(target, () => {})).rejects.toThrow(`${target}: not valid UTF-8 at byte ${before.length} (line 2); a partner-network/v1 file is UTF-8`);
  });

  it("finds bytes that are not UTF-8 deep in a large file", async () => {
    const text = Buffer.from(JSON.stringify(partnershipGrid(200, 40), null, 1)); // several read chunks
    const at = text.indexOf('"title"', 1_500_000) + 3;
    const target = path.join(dir, "deep-latin1.json");
    fs.writeFileSync(target, Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at + 1)]));
    const line = text.subarray(0, at).toString("utf8").split("\n").length;
    await expect(readDatasetStream(target, () => {})).rejects.toThrow(`not valid UTF-8 at byte ${at} (line ${line})`);
  });

  it("names a file that cannot be read", async () => {
    await expect(readDatasetStream(path.join(dir, "missing.json"), () => {})).rejects.toThrow(`${path.join(dir, "missing.json")}: cannot read the file (no such file)`);
  });
});

describe("progress lines", () => {
  it("come at most once per interval, and always at the end of a step, with a rate", () => {
    let now = 0;
    const lines: string[] = [];
    const meter = new ProgressMeter((l) => lines.push(l), { intervalMs: 1000, now: () => now });
    const report = meter.step("activities", 5000);
    for (let done = 1000; done <= 5000; done += 1000) {
      now += 400;
      report(done);
    }
    expect(lines).toEqual(["activities: 1000/5000 (2500 records/s)", "activities: 4000/5000 (2500 records/s)", "activities: 5000/5000 (2500 records/s)"]);
  });
});
