/**
 * The bulk import's CSV files (src/dataset/bulk/csv.ts) are written through a fixed buffer: a value
 * longer than that buffer, and multi-byte characters wherever the buffer fills, reach the file whole.
 * A file is marked multiline (the importer's slower parser) only when a value spans lines. Nodes are
 * numbered for the importer's `--id-type=actual`, and relationships written with those numbers.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CsvFiles, groupFiles, NodeCsv, NodeNumbers, RelationshipCsv } from "../../src/dataset/bulk/csv";
import { actorRow } from "../../src/dataset/rows";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-csv-"));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A file closed as a group of one part, its header written. */
function close(csv: NodeCsv | RelationshipCsv, name: string): CsvFiles {
  return groupFiles(path.join(dir, name), [csv.closePart()])!;
}

describe("NodeCsv", () => {
  it("writes every row whole, across buffer flushes and longer than the buffer", () => {
    const csv = new NodeCsv(path.join(dir, "nodes"), "id", "Entity", new NodeNumbers());
    const long = "Khánh Hòa 🌏 ".repeat(400_000); // 5.2 million UTF-16 units: longer than the buffer
    const expected: string[] = [];
    for (let i = 0; i < 300_000; i++) {
      // Lines of 13 to 31 bytes, with 3- and 4-byte characters: the buffer fills at every kind of offset.
      const title = i === 150_000 ? long : `hội nghị ${"🌏".repeat(i % 4)}`;
      csv.add({ id: `a${i}`, title });
      expected.push(`${i},"a${i}","${title}"`);
    }
    const files = close(csv, "nodes");
    expect(fs.readFileSync(files.header, "utf8")).toBe(":ID,id:string,title:string\n");
    expect(fs.readFileSync(files.data[0], "utf8")).toBe(expected.join("\n") + "\n");
    expect(files.rows).toBe(300_000);
  });

  it("marks a file multiline only when a value holds a line break, which no actor's search text does", () => {
    const actor = actorRow({ id: "jp-osaka", kind: "SISTER_LOCALITY", side: "FOREIGN", name: "Ōsaka", nameVi: "Thành phố Ô-xa-ca", country: "JP" } as never);
    const actors = new NodeCsv(path.join(dir, "actors"), "id", "Entity", new NodeNumbers());
    actors.add(actor.props);
    expect(actor.props.searchText).toBe("osaka\tthanh pho o-xa-ca");
    expect(close(actors, "actors").multiline).toBe(false);

    const notes = new NodeCsv(path.join(dir, "notes"), "id", "Entity", new NodeNumbers());
    notes.add({ id: "a1", outcome: "one line" });
    notes.add({ id: "a2", outcome: "two\nlines" });
    expect(close(notes, "notes").multiline).toBe(true);
  });

  it("numbers every node once per ID space, a relationship's end before its node is written included", () => {
    const numbers = new NodeNumbers();
    const actors = new NodeCsv(path.join(dir, "numbered-actors"), "id", "Entity", numbers);
    const countries = new NodeCsv(path.join(dir, "numbered-countries"), "code", "Country", numbers);
    const rates = new NodeCsv(path.join(dir, "numbered-rates"), null, null, numbers);
    const successor = new RelationshipCsv(path.join(dir, "numbered-successor"), "Entity", "Entity", numbers);
    actors.add({ id: "a" });
    successor.add("a", "b"); // b is written after
    countries.add({ code: "a" }); // another ID space: another node
    rates.add({ currency: "EUR" });
    expect(() => numbers.checkEveryNodeWritten()).toThrow("hold 3 nodes for 4 node numbers");
    actors.add({ id: "b" });
    numbers.checkEveryNodeWritten();
    const read = (files: CsvFiles) => fs.readFileSync(files.header, "utf8") + files.data.map((file) => fs.readFileSync(file, "utf8")).join("");
    expect(read(close(actors, "numbered-actors"))).toBe(':ID,id:string\n0,"a"\n1,"b"\n');
    expect(read(close(successor, "numbered-successor"))).toBe(":START_ID,:END_ID\n0,1\n");
    expect(read(close(countries, "numbered-countries"))).toBe(':ID,code:string\n2,"a"\n');
    expect(read(close(rates, "numbered-rates"))).toBe(':ID,currency:string\n3,"EUR"\n');
  });
});
