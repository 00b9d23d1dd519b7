/**
 * The examples of docs/writes.md, run as written against the demo dataset: a reader who copies
 * them gets answers, not errors.
 */
import fs from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import { describe, expect, it } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import { readDatasetFile } from "../../src/dataset/file";
import type { Caller } from "../../src/identity/caller";
import { graphqlFixture } from "../support/graphql";

const DOC = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "writes.md"), "utf8");

/** The operations of the ```graphql block that follows `heading` in the document. */
function operationsAfter(heading: string): string[] {
  const from = DOC.indexOf(heading);
  expect(from, `"${heading}" in docs/writes.md`).toBeGreaterThanOrEqual(0);
  const block = /```graphql\n([\s\S]*?)```/.exec(DOC.slice(from))![1];
  return parse(block).definitions.map((definition) => print(definition));
}

const f = graphqlFixture(() => readDatasetFile(DEMO_FILE));
const editor: Caller = { kind: "user", sub: "planner@dofa", role: "EDITOR", unitId: "vn-kh-dofa" };
const admin: Caller = { kind: "user", sub: "admin@dofa", role: "ADMIN", unitId: null };

describe("docs/writes.md", () => {
  it("every mutation example runs as written, for the role it is given for", async () => {
    const examples = [
      ...operationsAfter("Examples, on the demo dataset, for an EDITOR").map((query) => ({ query, caller: editor })),
      ...operationsAfter("and, for an ADMIN:").map((query) => ({ query, caller: admin })),
    ];
    expect(examples).toHaveLength(8);
    for (const { query, caller } of examples) {
      const answer = await f.gql.run(query, {}, { caller, writesConfigured: true });
      expect(answer.errors, query).toBeUndefined();
    }
    const activity = await f.gql.run(`{ activity(id: "act-2026-dofa-001") { version endDate outcome updatedBy } }`);
    expect(activity.data?.activity).toEqual({ version: 2, endDate: "2026-11-23", outcome: null, updatedBy: "planner@dofa" });
  });

  it("the audit log example lists the writes to the activity", async () => {
    const [query] = operationsAfter("ADMIN reads it newest first");
    const answer = await f.gql.run(query, {}, { caller: admin });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.auditLog.edges.map((e: { node: { operation: string } }) => e.node.operation)).toEqual(["update", "create"]);
  });
});
