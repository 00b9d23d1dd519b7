/**
 * The fast reader (src/dataset/scan.ts): the records and top level JSON.parse gives for a document
 * in the usual shape, however the text is cut into chunks, and a decline (for the token reader to
 * explain) at everything else. What a reader of the file sees through both readers is tested in
 * stream.unit.test.ts.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import { Declined, RecordScanner } from "../../src/dataset/scan";

/** Feeds `text` in chunks of `size` characters; the records handed on and the top level. */
function scan(text: string, size = text.length) {
  const records: unknown[] = [];
  const scanner = new RecordScanner((section, index, value) => records.push([section, index, value]));
  for (let i = 0; i < text.length; i += size) scanner.feed(text.slice(i, i + size));
  return { records, top: scanner.end() };
}

/** What the token reader gives for a document: every element of every top-level array, and the top level with them emptied. */
function expected(text: string) {
  const document = JSON.parse(text) as Record<string, unknown>;
  const records: unknown[] = [];
  const top: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (Array.isArray(value)) value.forEach((record, index) => records.push([key, index, record]));
    Object.defineProperty(top, key, { value: Array.isArray(value) ? [] : value, writable: true, enumerable: true, configurable: true });
  }
  return { records, top };
}

// Strings holding every character the scanner looks at, escapes, a key named __proto__, nesting,
// empty arrays, a top-level string and object, whitespace everywhere JSON allows it.
const TRICKY = ` \r\n{ "format" : "partner-network/v1",
  "actors": [ {"id":"a","name":"Khánh Hòa {[:,]} \\"quoted\\" \\\\ \\u00e9 \\/","tags":[],"nested":{"x":[1,-2.5e3,{"y":null}]}} ,
    {"id":"b","__proto__":{"id":"x"},"ok":true,"no":false} ],
  "plans": [],
  "extra": {"k": ["}", "]", ":"]},
  "note": "a \\"top-level\\" string: {}",
  "activities":[{"id":"c","deep":[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]}]
}\n`;

describe("the fast reader", () => {
  it("gives what JSON.parse gives for a document in the usual shape, however the text is cut", () => {
    const want = expected(TRICKY);
    for (const size of [1, 2, 3, 7, 64, TRICKY.length]) {
      const { records, top } = scan(TRICKY, size);
      expect(records, `chunks of ${size}`).toEqual(want.records);
      expect(top, `chunks of ${size}`).toEqual(want.top);
      expect(Object.keys(top), `chunks of ${size}`).toEqual(Object.keys(want.top));
    }
    // JSON.parse keeps __proto__ as a field, never as the prototype.
    const [, , b] = scan(TRICKY).records[1] as [string, number, Record<string, unknown>];
    expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
    expect(Object.keys(b)).toContain("__proto__");
  });

  it("takes the demo dataset whole, in the chunks the file is read in", () => {
    const text = fs.readFileSync(DEMO_FILE, "utf8");
    const { records, top } = scan(text, 256 * 1024);
    expect(records).toEqual(expected(text).records);
    expect(top).toEqual(expected(text).top);
    expect(records.length).toBeGreaterThan(400);
  });

  it.each([
    ["a syntax error in a record", '{"actors":[{"id":"a","x":tru}]}'],
    ["a field given twice in a record", '{"actors":[{"id":"a","id":"b"}]}'],
    ["a field given twice in a nested object", '{"actors":[{"id":"a","c":{"e":1,"e":2}}]}'],
    ["a field given twice in a top-level object", '{"extra":{"k":1,"k":2}}'],
    ["a top-level field given twice", '{"actors":[],"actors":[]}'],
    ["values nested deeper than records are", `{"actors":[{"x":${"[".repeat(16)}${"]".repeat(16)}}]}`],
    ["a record that is not an object", '{"actors":[{"id":"a"},2]}'],
    ["a top-level value that is a number", '{"format":1}'],
    ["a document that is an array", "[]"],
    ["a document that is a string", '"x"'],
    ["a missing comma", '{"actors":[{"id":"a"} {"id":"b"}]}'],
    ["text after the document", '{"format":"x"} {}'],
    ["a document that ends early", '{"actors":[{"id":"a"}'],
    ["an empty file", ""],
  ])("declines %s", (_what, text) => {
    expect(() => scan(text)).toThrow(Declined);
  });

  it("hands on the records before the place it declines at, and no other", () => {
    const records: unknown[] = [];
    const scanner = new RecordScanner((section, index) => records.push([section, index]));
    expect(() => scanner.feed('{"actors":[{"id":"a"},{"id":"b"},{"id":"c","id":"d"},{"id":"e"}]}')).toThrow(Declined);
    expect(records).toEqual([["actors", 0], ["actors", 1]]);
  });
});
