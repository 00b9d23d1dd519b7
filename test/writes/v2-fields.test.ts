/**
 * The writes take the v2 fields with the importer's rules (SPEC "Dataset and analytics v2"): an
 * agreement's term, renewals, reporting date and commitments, an activity's venue, delegation size
 * and task; a patch of another field keeps them; a broken value is refused with its path.
 */
import { describe, expect, it } from "vitest";
import type { Caller } from "../../src/identity/caller";
import { RECORD_KINDS, compact, readRecord } from "../../src/writes/records";
import { UNIT_A, writesDataset } from "../fixtures/writes";
import { graphFingerprint } from "../support/db";
import { graphqlFixture } from "../support/graphql";

const f = graphqlFixture(writesDataset);
const admin: Caller = { kind: "user", sub: "admin@x", role: "ADMIN", unitId: null };
const run = (query: string, variables: Record<string, unknown>) => f.gql.run(query, variables, { caller: admin, writesConfigured: true });

const AGREEMENT = {
  kind: "COOPERATION", title: "Cooperation", titleVi: "Hợp tác", domesticPartyIds: [UNIT_A], foreignPartyIds: ["jp-city"], signedOn: "2021-01-01",
  documentNumber: "12/TT", termYears: 5, reportedOn: "2021-01-10", renewals: [{ renewedOn: "2025-12-01", expiresOn: "2030-12-01" }],
  commitments: [{ id: "cm-1", description: "Two delegations a year", kind: "ACTIVITIES", target: 2, perYear: true, activityKinds: ["DELEGATION_IN"] }],
};
const CREATE = "mutation ($input: PartnershipInput!) { createPartnership(input: $input) { id version } }";
const stored = (id: string) => f.db.readTransaction((tx) => readRecord(tx, RECORD_KINDS.Partnership, id));

describe("the v2 fields of a write", () => {
  it("are stored by a create and kept by a patch of another field", async () => {
    const created = await run(CREATE, { input: { ...AGREEMENT, id: "ps-v2" } });
    expect(created.errors).toBeUndefined();
    const { id: _id, ...expected } = compact({ ...AGREEMENT, id: "ps-v2" });
    expect(compact(await stored("ps-v2"))).toMatchObject(expected);
    const patched = await run(`mutation { updatePartnership(id: "ps-v2", version: ${created.data!.createPartnership.version}, patch: { title: "Renamed" }) { title } }`, {});
    expect(patched.errors).toBeUndefined();
    expect(compact(await stored("ps-v2"))).toMatchObject({ ...expected, title: "Renamed" });
  });

  it("take an activity's venue, delegation size and task", async () => {
    const answer = await run("mutation ($input: ActivityInput!) { recordActivity(input: $input) { id } }", {
      input: { id: "act-v2", kind: "DELEGATION_IN", title: "Delegation", titleVi: "Đoàn vào", date: "2021-05-01", organizerIds: [UNIT_A], venueCountry: "VN", delegationSize: 8 },
    });
    expect(answer.errors).toBeUndefined();
    expect(compact(await f.db.readTransaction((tx) => readRecord(tx, RECORD_KINDS.Activity, "act-v2")))).toMatchObject({ titleVi: "Đoàn vào", venueCountry: "VN", delegationSize: 8 });
  });

  it.each([
    ["a term and an expiry", { termYears: 5, expiresOn: "2026-01-01" }, "input.termYears", "give expiresOn or termYears, not both"],
    ["a renewal before the signature", { renewals: [{ renewedOn: "2020-01-01", expiresOn: "2025-01-01" }] }, "input.renewals[0].renewedOn", "renewedOn 2020-01-01 is before signedOn 2021-01-01"],
    ["a commitment without a target", { commitments: [{ ...AGREEMENT.commitments[0], target: 0 }] }, "input.commitments[0].target", "must be > 0"],
  ])("refuses %s, naming the place, and writes nothing", async (_what, change, path, message) => {
    const before = await graphFingerprint(f.db);
    const answer = await run(CREATE, { input: { ...AGREEMENT, ...change } });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: path });
    expect(answer.errors?.[0].message).toContain(`${path}: ${message}`);
    expect(await graphFingerprint(f.db)).toEqual(before);
  });
});

describe("permit writes", () => {
  const PERMIT = { actorId: "jp-ngo", kind: "PROJECT_OFFICE", number: "P-1", issuedOn: "2021-01-01", expiresOn: "2023-12-31", sectors: ["HEALTH"] };
  const CREATE_PERMIT = "mutation ($input: PermitInput!) { createPermit(input: $input) { id version number expiresOn holder { id } } }";

  it("records a permit, changes its expiry, and shows it on its NGO", async () => {
    const created = await run(CREATE_PERMIT, { input: { ...PERMIT, id: "pm-w" } });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPermit).toEqual({ id: "pm-w", version: 1, number: "P-1", expiresOn: "2023-12-31", holder: { id: "jp-ngo" } });
    const updated = await run(`mutation { updatePermit(id: "pm-w", version: 1, patch: { expiresOn: "2026-12-31" }) { version expiresOn sectors } }`, {});
    expect(updated.data!.updatePermit).toEqual({ version: 2, expiresOn: "2026-12-31", sectors: ["HEALTH"] });
    const { data } = await run(`{ actor(id: "jp-ngo") { permits { id expiresOn } } }`, {});
    expect(data!.actor.permits).toEqual([{ id: "pm-w", expiresOn: "2026-12-31" }]);
  });

  it("archives a permit out of its NGO's list and restores it", async () => {
    const archived = await run(`mutation { archive(id: "pm-w", version: 2, reason: "Issued in error") { recordType version } }`, {});
    expect(archived.data!.archive).toEqual({ recordType: "Permit", version: 3 });
    expect((await run(`{ actor(id: "jp-ngo") { permits { id } } }`, {})).data!.actor.permits).toEqual([]);
    expect((await run(`mutation { restore(id: "pm-w", version: 3) { version } }`, {})).errors).toBeUndefined();
    expect((await run(`{ actor(id: "jp-ngo") { permits { id } } }`, {})).data!.actor.permits).toEqual([{ id: "pm-w" }]);
  });

  it.each([
    ["a holder that is not an NGO", { actorId: "jp-city" }, "input.actorId"],
    ["an expiry before the issue", { expiresOn: "2020-12-31" }, "input.expiresOn"],
    ["a date that is not one", { issuedOn: "2021-02-30" }, "input.issuedOn"],
  ])("refuses %s, naming the place, and writes nothing", async (_what, change, path) => {
    const before = await graphFingerprint(f.db);
    const answer = await run(CREATE_PERMIT, { input: { ...PERMIT, ...change } });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: path });
    expect(answer.errors?.[0].message).toContain(path);
    expect(await graphFingerprint(f.db)).toEqual(before);
  });

  it("is for an ADMIN only: an EDITOR is refused with the rule's name", async () => {
    const editor: Caller = { kind: "user", sub: "editor@a", role: "EDITOR", unitId: UNIT_A };
    const answer = await f.gql.run(CREATE_PERMIT, { input: PERMIT }, { caller: editor, writesConfigured: true });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(answer.errors?.[0].message).toContain("admin-only-type");
  });
});
