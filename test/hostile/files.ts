/**
 * A corpus of hostile dataset files, each with the one-line reason `npm run import` must give
 * (a part of its stderr). hostile-files.test.ts imports each into a graph holding the small
 * dataset and checks: exit 1, that reason with its place, nothing written.
 */

export interface HostileFile {
  name: string;
  content: () => Buffer | string;
  /** Parts of stderr, each required. */
  expect: (string | RegExp)[];
}

const doc = (body: string) => `{"format":"partner-network/v1",${body}}`;
const actor = (id: string, extra = "") => `{"id":"${id}","kind":"NGO","side":"FOREIGN","name":"N ${id}","country":"JP"${extra}}`;

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: "a 50 MB title",
    content: () => doc(`"activities":[{"id":"x1","kind":"OTHER","title":"${"t".repeat(50 * 2 ** 20)}","date":"2020-01-01","organizerIds":["kh"]}]`),
    expect: [`activities[0].title: must be at most 1000 characters, got ${50 * 2 ** 20}`, "nothing was written"],
  },
  {
    name: "a 50 MB outcome",
    content: () => doc(`"activities":[{"id":"x1","kind":"OTHER","title":"t","date":"2020-01-01","organizerIds":["kh"],"outcome":"${"o".repeat(50 * 2 ** 20)}"}]`),
    expect: [`activities[0].outcome: must be at most 20000 characters, got ${50 * 2 ** 20}`],
  },
  {
    name: "a field given twice inside a record",
    content: () => doc(`"actors":[${actor("x1", ',"name":"Second name"')}]`),
    expect: ["actors[0].name: this field appears twice in one object"],
  },
  {
    name: "a field given twice in a nested object",
    content: () => doc(`"actors":[${actor("x1", ',"contact":{"email":"a@b.c","email":"d@e.f"}')}]`),
    expect: ["actors[0].contact.email: this field appears twice in one object"],
  },
  {
    name: "bytes that are not UTF-8",
    // "Khánh" written in Latin-1: á is the byte 0xE1, which UTF-8 reads as the start of a three-byte character.
    content: () => Buffer.concat([Buffer.from('{"format":"partner-network/v1","actors":[{"id":"x1","kind":"NGO","side":"FOREIGN","country":"JP","name":"Kh'), Buffer.from([0xe1]), Buffer.from('nh"}]}')]),
    expect: ["not valid UTF-8 at byte 107 (line 1)"],
  },
  {
    name: "arrays nested 100 000 deep in a record",
    content: () => doc(`"actors":[${actor("x1", `,"x":${"[".repeat(100_000)}${"]".repeat(100_000)}`)}]`),
    expect: [/actors\[0\]\.x(\[0\])+: nested more than 16 levels deep/],
  },
  {
    name: "200 000 broken records",
    content: () => doc(`"activities":[${Array.from({ length: 200_000 }, (_, i) => `{"id":"a${i}","kind":"NOPE"}`).join(",")}]`),
    expect: ["The dataset was rejected (800000 problems); nothing was written:", "… and 799000 more (the first 1000 are listed)"],
  },
  {
    name: "a list of 20 000 participants",
    content: () => doc(`"activities":[{"id":"x1","kind":"OTHER","title":"t","date":"2020-01-01","organizerIds":["kh"],"participantIds":[${Array.from({ length: 20_000 }, () => '"jp"').join(",")}]}]`),
    expect: ["activities[0].participantIds: must list at most 10000 items, got 20000"],
  },
  {
    name: "Cypher in an id",
    content: () => doc(`"actors":[${actor("x1'}) DETACH DELETE n //")}]`),
    expect: ["actors[0].id: must match"],
  },
  {
    name: "a prototype key",
    content: () => doc(`"actors":[{"__proto__":{"id":"x"},${actor("x2").slice(1)}]`),
    expect: ["actors[0].__proto__: unknown field"],
  },
  { name: "not JSON at all", content: () => "\u0000\u0001binary", expect: [/not valid JSON: .* at line 1, column 1/] },
  { name: "a document that is an array", content: () => "[1,2,3]", expect: ["the document must be a JSON object"] },
];
