/**
 * Who may write what (docs/writes.md, "Who may do what"): every mutation × anonymous, VIEWER, an
 * EDITOR of the unit whose record it is, an EDITOR of another unit, and ADMIN. A refusal is FORBIDDEN
 * with the rule named, and leaves the graph and the audit log as they were; a success writes once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../../src/identity/caller";
import { UNIT_A, UNIT_B, writesDataset } from "../fixtures/writes";
import { graphFingerprint } from "../support/db";
import { graphqlFixture, type GqlResult } from "../support/graphql";

const f = graphqlFixture(writesDataset);

const CALLERS: Record<string, Caller> = {
  anonymous: { kind: "anonymous" },
  viewer: { kind: "user", sub: "viewer@x", role: "VIEWER", unitId: null },
  editorOfUnit: { kind: "user", sub: "editor@a", role: "EDITOR", unitId: UNIT_A },
  editorOfAnother: { kind: "user", sub: "editor@b", role: "EDITOR", unitId: UNIT_B },
  admin: { kind: "user", sub: "admin@x", role: "ADMIN", unitId: null },
};
type Who = keyof typeof CALLERS;

const run = (who: Who, query: string, variables: Record<string, unknown> = {}) =>
  f.gql.run(query, variables, { caller: CALLERS[who], writesConfigured: true });

async function versionOf(id: string): Promise<number> {
  const answer = await run("admin", `query ($id: ID!) { activity(id: $id) { version } partnership(id: $id) { version } project(id: $id) { version } actor(id: $id) { version } }`, { id });
  const found = Object.values(answer.data ?? {}).find((v) => v !== null) as { version: number } | undefined;
  if (!found) throw new Error(`no record ${id}`);
  return found.version;
}

async function auditCount(): Promise<number> {
  return (await run("admin", "{ auditLog { totalCount } }")).data!.auditLog.totalCount;
}

/** An activity of unit A, written by ADMIN (and archived, for `restore`), for one role's attempt. */
async function activityOfUnitA(id: string, archived = false): Promise<void> {
  const created = await run("admin", `mutation { recordActivity(input: { id: "${id}", kind: WORKSHOP, title: "Set-up", date: "2021-01-01", organizerIds: ["${UNIT_A}"] }) { id } }`);
  expect(created.errors).toBeUndefined();
  if (archived) expect((await run("admin", `mutation { archive(id: "${id}", version: 1, reason: "set-up") { id } }`)).errors).toBeUndefined();
}

/** Each mutation, written so that its record is unit A's; `tag` keeps the ids of the roles' attempts apart. */
const OPERATIONS: Record<string, { rule: string; prepare?: (tag: string) => Promise<void>; query: (tag: string) => Promise<string> }> = {
  createActor: {
    rule: "admin-only-type",
    query: async (tag) => `mutation { createActor(input: { id: "actor-${tag}", kind: NGO, side: FOREIGN, name: "NGO ${tag}", country: "DE" }) { id version updatedBy } }`,
  },
  updateActor: {
    rule: "admin-only-type",
    query: async (tag) => `mutation { updateActor(id: "jp-ngo", version: ${await versionOf("jp-ngo")}, patch: { nameVi: "NGO ${tag}" }) { id version updatedBy } }`,
  },
  createPartnership: {
    rule: "editor-party-to-partnership",
    query: async (tag) => `mutation { createPartnership(input: { id: "ps-${tag}", kind: FRIENDSHIP, title: "Friendship ${tag}", domesticPartyIds: ["${UNIT_A}"], foreignPartyIds: ["jp-city"], signedOn: "2021-01-01" }) { id version updatedBy } }`,
  },
  updatePartnership: {
    rule: "editor-party-to-partnership",
    query: async (tag) => `mutation { updatePartnership(id: "ps-a", version: ${await versionOf("ps-a")}, patch: { title: "Renamed by ${tag}" }) { id version updatedBy } }`,
  },
  recordActivity: {
    rule: "editor-organizes-activity",
    query: async (tag) => `mutation { recordActivity(input: { id: "act-${tag}", kind: CONFERENCE, title: "Conference ${tag}", date: "2021-02-01", organizerIds: ["${UNIT_A}"], participantIds: ["jp-ngo"] }) { id version updatedBy } }`,
  },
  updateActivity: {
    rule: "editor-organizes-activity",
    query: async (tag) => `mutation { updateActivity(id: "act-a", version: ${await versionOf("act-a")}, patch: { outcome: "Noted by ${tag}" }) { id version updatedBy } }`,
  },
  createProject: {
    rule: "editor-implements-project",
    query: async (tag) => `mutation { createProject(input: { id: "proj-${tag}", title: "Project ${tag}", status: PIPELINE, fundingType: ODA, startOn: "2021-01-01", funderIds: ["jp-city"], implementerIds: ["${UNIT_A}"], committed: { amount: 1000, currency: "USD" } }) { id version updatedBy } }`,
  },
  updateProject: {
    rule: "editor-implements-project",
    query: async (tag) => `mutation { updateProject(id: "proj-a", version: ${await versionOf("proj-a")}, patch: { title: "Project renamed by ${tag}" }) { id version updatedBy } }`,
  },
  recordReview: {
    rule: "editor-is-reviewer",
    query: async (tag) => `mutation { recordReview(input: { id: "rev-${tag}", partnershipId: "ps-a", year: 2021, score: 4, recommendation: CONTINUE, reviewedOn: "2021-12-01", reviewerId: "${UNIT_A}" }) { id version updatedBy } }`,
  },
  submitReport: {
    rule: "editor-unit-reports",
    query: async (tag) => `mutation { submitReport(input: { id: "rep-${tag}", planId: "plan-1", unitId: "${UNIT_A}", year: 2021, submittedOn: "2021-12-10" }) { id version updatedBy } }`,
  },
  archive: {
    rule: "editor-organizes-activity",
    prepare: (tag) => activityOfUnitA(`arch-${tag}`),
    query: async (tag) => `mutation { archive(id: "arch-${tag}", version: 1, reason: "duplicate") { id version archivedBy } }`,
  },
  restore: {
    rule: "admin-restores",
    prepare: (tag) => activityOfUnitA(`rest-${tag}`, true),
    query: async (tag) => `mutation { restore(id: "rest-${tag}", version: 2) { id version archivedBy } }`,
  },
};

/** Which roles each mutation lets through; every other role is refused. */
const ALLOWED: Record<string, Who[]> = {
  createActor: ["admin"], updateActor: ["admin"], restore: ["admin"],
  createPartnership: ["editorOfUnit", "admin"], updatePartnership: ["editorOfUnit", "admin"],
  recordActivity: ["editorOfUnit", "admin"], updateActivity: ["editorOfUnit", "admin"],
  createProject: ["editorOfUnit", "admin"], updateProject: ["editorOfUnit", "admin"],
  recordReview: ["editorOfUnit", "admin"], submitReport: ["editorOfUnit", "admin"], archive: ["editorOfUnit", "admin"],
};

function expectedRule(operation: string, who: Who): string {
  if (who === "anonymous" || who === "viewer") return "writer-role";
  if (operation === "restore") return "admin-restores";
  return OPERATIONS[operation].rule;
}

const cases = Object.keys(OPERATIONS).flatMap((operation) => (Object.keys(CALLERS) as Who[]).map((who) => [operation, who] as const));

describe("the role × operation matrix", () => {
  it.each(cases)("%s by %s", async (operation, who) => {
    const tag = `${operation}-${who}`.toLowerCase();
    await OPERATIONS[operation].prepare?.(tag);
    const query = await OPERATIONS[operation].query(tag);
    const graphBefore = await graphFingerprint(f.db);
    const auditBefore = await auditCount();
    const answer: GqlResult = await run(who, query);
    if (ALLOWED[operation].includes(who)) {
      expect(answer.errors).toBeUndefined();
      const written = Object.values(answer.data!)[0] as { version: number; updatedBy?: string; archivedBy?: string | null };
      if (operation !== "restore") expect(written.updatedBy ?? written.archivedBy).toBe((CALLERS[who] as { sub: string }).sub);
      expect(await auditCount()).toBe(auditBefore + 1);
    } else {
      expect(answer.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: expectedRule(operation, who) });
      expect(answer.errors?.[0].message).toContain(expectedRule(operation, who));
      expect(await graphFingerprint(f.db)).toEqual(graphBefore);
      expect(await auditCount()).toBe(auditBefore);
    }
  });
});

describe("an EDITOR's remit holds before and after the change", () => {
  let before: Record<string, number>;
  beforeAll(async () => {
    before = await graphFingerprint(f.db);
  });

  it.each([
    ["hands its own activity to another unit", async () => `mutation { updateActivity(id: "act-a", version: ${await versionOf("act-a")}, patch: { organizerIds: ["${UNIT_B}"] }) { id } }`, "editor-organizes-activity"],
    ["takes over another unit's activity by joining its organisers", async () => `mutation { updateActivity(id: "act-b", version: ${await versionOf("act-b")}, patch: { organizerIds: ["${UNIT_A}", "${UNIT_B}"] }) { id } }`, "editor-organizes-activity"],
    ["takes over another unit's partnership", async () => `mutation { updatePartnership(id: "ps-b", version: ${await versionOf("ps-b")}, patch: { domesticPartyIds: ["${UNIT_A}"] }) { id } }`, "editor-party-to-partnership"],
    ["records a review in another unit's name", async () => `mutation { recordReview(input: { partnershipId: "ps-a", year: 2021, score: 2, recommendation: SUSPEND, reviewedOn: "2021-12-01", reviewerId: "${UNIT_B}" }) { id } }`, "editor-is-reviewer"],
    ["archives another unit's activity", async () => `mutation { archive(id: "act-b", version: ${await versionOf("act-b")}, reason: "not mine") { id } }`, "editor-organizes-activity"],
  ])("refuses an EDITOR who %s", async (_what, query, rule) => {
    const answer = await run("editorOfUnit", await query());
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule });
    expect(await graphFingerprint(f.db)).toEqual(before);
  });
});

describe("a caller who may not write", () => {
  it("is refused before anything is read: an unknown id or an empty reason tells it nothing", async () => {
    for (const who of ["anonymous", "viewer"] as Who[]) {
      for (const query of [
        `mutation { archive(id: "no-such-record", version: 1, reason: "x") { id } }`,
        `mutation { archive(id: "act-a", version: 1, reason: " ") { id } }`,
        `mutation { updateActivity(id: "no-such-activity", version: 1, patch: { title: "x" }) { id } }`,
        `mutation { restore(id: "no-such-record", version: 1) { id } }`,
      ]) {
        expect((await run(who, query)).errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "writer-role" });
      }
    }
  });
});

describe("a server without a token key", () => {
  it("refuses every write, ADMIN's too, saying how to configure one", async () => {
    const before = await graphFingerprint(f.db);
    for (const who of ["anonymous", "admin"] as Who[]) {
      const answer = await f.gql.run(await OPERATIONS.recordActivity.query(`unconfigured-${who}`), {}, { caller: CALLERS[who], writesConfigured: false });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "writes-configured" });
      expect(answer.errors?.[0].message).toMatch(/AUTH_JWT_SECRET/);
    }
    expect(await graphFingerprint(f.db)).toEqual(before);
  });
});
