/**
 * Writes over HTTP with real tokens (docs/writes.md): concurrent writers (of N with the same
 * version exactly one wins), retried creates, the audit log's content, filters and pages, the
 * import's own audit entry, and an update that changes nothing (no version counted).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataset, importDatasetFile } from "../../src/dataset/import";
import type { Database } from "../../src/db/database";
import { authConfig, mintToken } from "../../src/identity/tokens";
import { startServer, type RunningServer } from "../../src/server";
import { UNIT_A, UNIT_B, writesDataset } from "../fixtures/writes";
import { connectTestDb, resetGraph } from "../support/db";

const SECRET = "a-test-secret-for-the-writes-tests-0123456789abcdef";

let db: Database;
let server: RunningServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await connectTestDb();
  await resetGraph(db);
  await importDataset(db, writesDataset());
  server = await startServer(db, { host: "127.0.0.1", port: 0, production: true, auth: authConfig({ AUTH_JWT_SECRET: SECRET }) });
  tokens.admin = await mintToken(SECRET, { sub: "admin@dofa", role: "ADMIN" }, "1h");
  tokens.editorA = await mintToken(SECRET, { sub: "editor@a", role: "EDITOR", unitId: UNIT_A }, "1h");
  tokens.editorB = await mintToken(SECRET, { sub: "editor@b", role: "EDITOR", unitId: UNIT_B }, "1h");
});

afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => server?.httpServer.close(resolve));
  await db?.close();
});

interface Answer {
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function gql(who: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${tokens[who]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

async function auditCount(filter = ""): Promise<number> {
  const answer = await gql("admin", `{ auditLog${filter} { totalCount } }`);
  expect(answer.errors).toBeUndefined();
  return answer.data.auditLog.totalCount;
}

const activityInput = (id: string, extra: object = {}) => ({
  id, kind: "WORKSHOP", title: `Workshop ${id}`, date: "2021-04-01", organizerIds: [UNIT_A], participantIds: ["jp-ngo"], ...extra,
});

const RECORD = "mutation ($input: ActivityInput!) { recordActivity(input: $input) { id version title } }";
const UPDATE = "mutation ($id: ID!, $version: Int!, $patch: ActivityPatch!) { updateActivity(id: $id, version: $version, patch: $patch) { id version title updatedBy } }";

describe("concurrent writers", () => {
  it("of 8 updates of one record with the same version, exactly one wins; the others get CONFLICT and change nothing", async () => {
    const before = await auditCount();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => gql("editorA", UPDATE, { id: "act-a", version: 1, patch: { title: `Title by writer ${i}` } })),
    );
    const won = answers.filter((a) => a.data?.updateActivity);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const answer of lost) {
      expect(answer.errors![0].extensions?.code).toBe("CONFLICT");
      expect(answer.errors![0].extensions?.currentVersion).toBe(2);
    }
    const stored = await gql("admin", `{ activity(id: "act-a") { title version updatedBy } }`);
    expect(stored.data.activity).toEqual({ title: won[0].data.updateActivity.title, version: 2, updatedBy: "editor@a" });
    expect(await auditCount()).toBe(before + 1);
  });

  it("8 writers recording different activities at once all succeed, each audited once", async () => {
    const before = await auditCount();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => gql("editorA", RECORD, { input: activityInput(`act-parallel-${i}`) })));
    expect(answers.map((a) => a.errors)).toEqual(Array(8).fill(undefined));
    expect(answers.map((a) => a.data.recordActivity.version)).toEqual(Array(8).fill(1));
    expect(await auditCount()).toBe(before + 8);
    const count = await gql("admin", `{ partnership(id: "ps-a") { id } activities(filter: { from: "2021-04-01", to: "2021-04-01" }) { totalCount } }`);
    expect(count.data.activities.totalCount).toBe(8);
  });

  it("a create retried with its id (the first answer lost) returns the stored record and writes nothing twice, even at once", async () => {
    const before = await auditCount();
    const input = activityInput("act-retried", { title: "Retried workshop" });
    const answers = await Promise.all([gql("editorA", RECORD, { input }), gql("editorA", RECORD, { input }), gql("editorA", RECORD, { input })]);
    for (const answer of answers) expect(answer.data?.recordActivity).toEqual({ id: "act-retried", version: 1, title: "Retried workshop" });
    expect(await auditCount()).toBe(before + 1);
    const different = await gql("editorA", RECORD, { input: { ...input, title: "Another title" } });
    expect(different.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", argument: "input.id" });
  });
});

describe("refused tokens", () => {
  it("a write with a forged, expired or unsigned token is refused whole (401 UNAUTHENTICATED), nothing written or audited", async () => {
    const before = await auditCount();
    const forged = await mintToken("another-secret-that-is-long-enough-0123456789abcdef", { sub: "mallory", role: "ADMIN" }, "1h");
    const expired = await new SignJWT({ role: "ADMIN" }).setProtectedHeader({ alg: "HS256" }).setSubject("old")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(SECRET));
    const unsigned = [{ alg: "none", typ: "JWT" }, { sub: "mallory", role: "ADMIN", exp: Math.floor(Date.now() / 1000) + 3600 }]
      .map((part) => Buffer.from(JSON.stringify(part)).toString("base64url")).join(".") + ".";
    for (const token of [forged, expired, unsigned]) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: RECORD, variables: { input: activityInput("act-forged") } }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as Answer;
      expect(body.data).toBeUndefined();
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
    expect((await gql("admin", `{ activity(id: "act-forged") { id } }`)).data.activity).toBeNull();
    expect(await auditCount()).toBe(before);
  });
});

describe("the audit log", () => {
  it("holds who, what, and the record before and after, for exactly the committed writes, newest first", async () => {
    await gql("editorB", UPDATE, { id: "act-b", version: 1, patch: { title: "Conference of agency B, renamed", endDate: "2020-06-02" } });
    const refused = await gql("editorB", UPDATE, { id: "act-a", version: 2, patch: { title: "Not mine" } });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const log = await gql("admin", `{ auditLog(recordId: "act-b") { totalCount edges { node { id userId role unitId operation recordType recordId before after } } } }`);
    expect(log.data.auditLog.totalCount).toBe(1);
    expect(log.data.auditLog.edges[0].node).toMatchObject({
      userId: "editor@b", role: "EDITOR", unitId: UNIT_B, operation: "update", recordType: "Activity", recordId: "act-b",
      before: { id: "act-b", kind: "CONFERENCE", title: "Conference of agency B", date: "2020-06-01", partnershipId: "ps-b", organizerIds: [UNIT_B] },
      after: { id: "act-b", kind: "CONFERENCE", title: "Conference of agency B, renamed", date: "2020-06-01", endDate: "2020-06-02", partnershipId: "ps-b", organizerIds: [UNIT_B] },
    });
    expect(await auditCount(`(recordId: "act-a")`)).toBe(1); // the one winner above; the refusal left none
  });

  it("filters by user and time, and pages newest first with cursors", async () => {
    const byA = await auditCount(`(userId: "editor@a")`);
    expect(byA).toBe(1 + 8 + 1); // the winning update, the 8 parallel records, the retried create
    const first = await gql("admin", `{ auditLog(first: 3) { edges { cursor node { id at } } pageInfo { hasNextPage endCursor } } }`);
    const ids = first.data.auditLog.edges.map((e: any) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.data.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await gql("admin", `query ($after: String) { auditLog(first: 3, after: $after) { edges { node { id } } } }`, { after: first.data.auditLog.pageInfo.endCursor });
    expect(Number(next.data.auditLog.edges[0].node.id)).toBe(ids[2] - 1);
    const today = new Date().toISOString().slice(0, 10);
    expect(await auditCount(`(from: "${today}")`)).toBe(await auditCount());
    expect(await auditCount(`(to: "2000-01-01")`)).toBe(0);
    const bad = await gql("admin", `{ auditLog(from: "yesterday") { totalCount } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
  });

  it("is for ADMIN only", async () => {
    const answer = await gql("editorA", `{ auditLog { totalCount } }`);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "admin-reads-audit" });
  });

  it("records every import: file name, SHA-256, counts, --replace; the graph's history survives --replace", async () => {
    const before = await auditCount();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pn-audit-"));
    const file = path.join(dir, "extra-actors.json");
    const text = JSON.stringify({ format: "partner-network/v1", actors: [{ id: "th-city", kind: "LOCALITY", side: "FOREIGN", name: "A Thai city", country: "TH" }] });
    fs.writeFileSync(file, text);
    await importDatasetFile(db, file);
    const log = await gql("admin", `{ auditLog(first: 1, userId: "import") { edges { node { operation recordType recordId role after } } } }`);
    expect(log.data.auditLog.edges[0].node).toEqual({
      operation: "import", recordType: "Dataset", recordId: "extra-actors.json", role: null,
      after: {
        file: "extra-actors.json", sha256: createHash("sha256").update(text).digest("hex"), replace: false,
        counts: { countries: 0, exchangeRates: 0, actors: 1, memberships: 0, partnerships: 0, activities: 0, projects: 0, reviews: 0, plans: 0, tasks: 0, reports: 0, permits: 0 },
      },
    });
    const imported = await gql("admin", `{ actor(id: "th-city") { version updatedBy } }`);
    expect(imported.data.actor).toEqual({ version: 1, updatedBy: "import" });
    await importDataset(db, writesDataset(), { replace: true });
    expect(await auditCount()).toBe(before + 2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("versions", () => {
  it("an update that changes nothing leaves the version and stamp as they were, and is still audited", async () => {
    await gql("editorA", RECORD, { input: activityInput("act-same", { title: "Same workshop" }) });
    const before = await auditCount();
    const same = await gql("admin", UPDATE, { id: "act-same", version: 1, patch: { title: "Same workshop" } });
    expect(same.data?.updateActivity).toEqual({ id: "act-same", version: 1, title: "Same workshop", updatedBy: "editor@a" });
    const changed = await gql("admin", UPDATE, { id: "act-same", version: 1, patch: { title: "Changed workshop" } });
    expect(changed.data?.updateActivity).toEqual({ id: "act-same", version: 2, title: "Changed workshop", updatedBy: "admin@dofa" });
    expect(await auditCount()).toBe(before + 2);
  });
});
