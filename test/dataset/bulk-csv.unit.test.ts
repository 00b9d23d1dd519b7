/**
 * The bulk import's CSV files (src/dataset/bulk/csv.ts) are written through a fixed buffer: a value
 * longer than that buffer, and multi-byte characters wherever the buffer fills, reach the file whole.
 * A file is marked multiline (the importer's slower parser) only when a value spans lines.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NodeCsv } from "../../src/dataset/bulk/csv";
import { actorRow } from "../../src/dataset/rows";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-csv-"));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("NodeCsv", () => {
  it("writes every row whole, across buffer flushes and longer than the buffer", () => {
    const csv = new NodeCsv(path.join(dir, "nodes"), "id", "Entity");
    const long = "Khánh Hòa 🌏 ".repeat(400_000); // 5.2 million UTF-16 units: longer than the buffer
    const expected: string[] = [];
    for (let i = 0; i < 300_000; i++) {
      // Lines of 13 to 31 bytes, with 3- and 4-byte characters: the buffer fills at every kind of offset.
      const title = i === 150_000 ? long : `hội nghị ${"🌏".repeat(i % 4)}`;
      csv.add({ id: `a${i}`, title });
      expected.push(`"a${i}","${title}"`);
    }
    const files = csv.close();
    expect(fs.readFileSync(files.header, "utf8")).toBe("id:ID(Entity),title:string\n");
    expect(fs.readFileSync(files.data, "utf8")).toBe(expected.join("\n") + "\n");
    expect(files.rows).toBe(300_000);
  });

  it("marks a file multiline only when a value holds a line break, which no actor's search text does", () => {
    const actor = actorRow({ id: "jp-osaka", kind: "SISTER_LOCALITY", side: "FOREIGN", name: "Ōsaka", nameVi: "Thành phố Ô-xa-ca", country: "JP" } as never);
    const actors = new NodeCsv(path.join(dir, "actors"), "id", "Entity");
    actors.add(actor.props);
    expect(actor.props.searchText).toBe("osaka\tthanh pho o-xa-ca");
    expect(actors.close().multiline).toBe(false);

    const notes = new NodeCsv(path.join(dir, "notes"), "id", "Entity");
    notes.add({ id: "a1", outcome: "one line" });
    notes.add({ id: "a2", outcome: "two\nlines" });
    expect(notes.close().multiline).toBe(true);
  });
});
