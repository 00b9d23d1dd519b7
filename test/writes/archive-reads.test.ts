/**
 * Archive (docs/writes.md, "Archive"): an archived record is gone from every list, count, filter,
 * search, analytic and path, as if deleted; an ADMIN still reads it by id; it cannot be archived
 * while live records refer to it; `restore` brings back every answer exactly as it was.
 */
import { describe, expect, it } from "vitest";
import type { Caller } from "../../src/identity/caller";
import { UNIT_A, writesDataset } from "../fixtures/writes";
import { graphqlFixture } from "../support/graphql";
import { talliedAsLive } from "../support/tallies";

const f = graphqlFixture(writesDataset);
const admin: Caller = { kind: "user", sub: "admin@x", role: "ADMIN", unitId: null };
const viewer: Caller = { kind: "user", sub: "viewer@x", role: "VIEWER", unitId: null };
const asAdmin = (query: string) => f.gql.run(query, {}, { caller: admin, writesConfigured: true });

/** Every read an archived activity or actor could show up in, in one answer. */
const EVERY_READ = `{
  actors(first: 100) { totalCount edges { node { id } } }
  foreign: actors(first: 100, filter: { country: "FR" }) { totalCount }
  activities(first: 100) { totalCount edges { node { id } } }
  underPsA: activities(first: 100, filter: { partnershipId: "ps-a" }) { totalCount }
  workshops: activities(first: 100, filter: { kinds: [WORKSHOP] }) { totalCount }
  partnership(id: "ps-a") { activities(first: 10) { totalCount edges { node { id } } } }
  country(code: "JP") { partners(first: 10) { totalCount } }
  search(text: "Actor") { id }
  partnerCoverage(period: { fromYear: 2020, toYear: 2020 }, planId: "plan-1") {
    rows { country { code } partners activePartners activities fundsMobilizedUsd }
    totals { partners activities fundsMobilizedUsd }
  }
  partnershipEffectiveness(period: { fromYear: 2020, toYear: 2020 }) { partnership { id } activities fundsMobilizedUsd }
  reportingStatus(planId: "plan-1", year: 2020) { unit { id } status }
  collaborators(actorId: "jp-ngo") { id }
  connection(fromId: "jp-ngo", toId: "${UNIT_A}") { steps }
  brokers(first: 3) { actor { id } betweenness }
}`;

async function everyRead() {
  const answer = await asAdmin(EVERY_READ);
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

const row = (data: any, code: string) => data.partnerCoverage.rows.find((r: any) => r.country.code === code);

describe("archiving an activity", () => {
  it("takes it out of every list, count, filter, analytic and path; restore brings every answer back", async () => {
    const before = await everyRead();
    expect(before.collaborators.map((a: { id: string }) => a.id)).toContain(UNIT_A); // jp-ngo's only tie is act-a
    expect(before.connection.steps).toBe(1);
    const archived = await asAdmin(`mutation { archive(id: "act-a", version: 1, reason: "entered twice") { id recordType version archivedAt archivedBy archiveReason } }`);
    expect(archived.data?.archive).toMatchObject({ id: "act-a", recordType: "Activity", version: 2, archivedBy: "admin@x", archiveReason: "entered twice" });

    // Read from the tallies the archive updated, and walked live: the same answers.
    const after = await talliedAsLive(f.db, everyRead);
    expect(after.activities.totalCount).toBe(before.activities.totalCount - 1);
    expect(after.activities.edges.map((e: any) => e.node.id)).not.toContain("act-a");
    expect(after.underPsA.totalCount).toBe(before.underPsA.totalCount - 1);
    expect(after.workshops.totalCount).toBe(before.workshops.totalCount - 1);
    expect(after.partnership.activities.totalCount).toBe(0);
    expect(row(after, "JP").activities).toBe(row(before, "JP").activities - 1);
    expect([row(before, "JP").activePartners, row(after, "JP").activePartners]).toEqual([2, 1]); // jp-ngo was a partner of act-a only; jp-city stays, a party of ps-a in force
    expect(row(after, "JP").fundsMobilizedUsd).toBe(row(before, "JP").fundsMobilizedUsd - 10_000); // 1 000 000 JPY at 0.01
    expect(after.partnerCoverage.totals.activities).toBe(before.partnerCoverage.totals.activities - 1);
    const psA = (data: any) => data.partnershipEffectiveness.find((r: any) => r.partnership.id === "ps-a");
    expect(psA(after).activities).toBe(psA(before).activities - 1);
    expect(after.collaborators).toEqual([]);
    expect(after.connection).toBeNull();

    // By id: ADMIN reads it with its archive marks, anyone else gets null.
    const byAdmin = await asAdmin(`{ activity(id: "act-a") { id title version archivedAt archivedBy archiveReason } }`);
    expect(byAdmin.data?.activity).toMatchObject({ id: "act-a", title: "Workshop of agency A", version: 2, archivedBy: "admin@x", archiveReason: "entered twice" });
    expect(byAdmin.data?.activity.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await f.gql.run(`{ activity(id: "act-a") { id } }`, {}, { caller: viewer })).data?.activity).toBeNull();
    expect((await f.gql.run(`{ activity(id: "act-a") { id } }`)).data?.activity).toBeNull();

    // Twice is a conflict; a stale version too; then restore.
    expect((await asAdmin(`mutation { archive(id: "act-a", version: 2, reason: "again") { id } }`)).errors?.[0].extensions?.code).toBe("CONFLICT");
    expect((await asAdmin(`mutation { restore(id: "act-a", version: 1) { id } }`)).errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const restored = await asAdmin(`mutation { restore(id: "act-a", version: 2) { id version archivedAt archivedBy archiveReason } }`);
    expect(restored.data?.restore).toEqual({ id: "act-a", version: 3, archivedAt: null, archivedBy: null, archiveReason: null });
    expect(await everyRead()).toEqual(before);
  });
});

describe("archiving an actor", () => {
  it("takes it out of lists, country counts, search and coverage; nothing may refer to it until it is restored", async () => {
    const before = await everyRead();
    expect(before.search.map((a: { id: string }) => a.id)).toContain("fr-ngo");
    expect(row(before, "FR").partners).toBe(1);
    expect((await asAdmin(`mutation { archive(id: "fr-ngo", version: 1, reason: "closed") { id } }`)).errors).toBeUndefined();
    const after = await everyRead();
    expect(after.actors.totalCount).toBe(before.actors.totalCount - 1);
    expect(after.foreign.totalCount).toBe(0);
    expect(after.search.map((a: { id: string }) => a.id)).not.toContain("fr-ngo");
    expect(row(after, "FR").partners).toBe(0);

    const refers = await asAdmin(`mutation { recordActivity(input: { kind: WORKSHOP, title: "With an archived NGO", date: "2021-01-01", organizerIds: ["${UNIT_A}"], participantIds: ["fr-ngo"] }) { id } }`);
    expect(refers.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.participantIds[0]" });
    expect(refers.errors?.[0].message).toBe('input.participantIds[0]: "fr-ngo" is archived');

    expect((await asAdmin(`mutation { restore(id: "fr-ngo", version: 2) { version } }`)).data?.restore.version).toBe(3);
    expect(await everyRead()).toEqual(before);
  });

  it("is refused while live records refer to it, listing them; and a record is not restored while it refers to an archived one", async () => {
    const refused = await asAdmin(`mutation { archive(id: "ps-a", version: 1, reason: "ended") { id } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", referencedBy: ["act-a", "proj-a", "rev-a"] });
    expect(refused.errors?.[0].message).toContain("act-a, proj-a, rev-a");
    expect((await asAdmin(`{ partnership(id: "ps-a") { version archivedAt } }`)).data?.partnership).toEqual({ version: 1, archivedAt: null });

    // An activity with fr-ngo, archived; then fr-ngo (no live record refers to it any more); the activity cannot come back first.
    await asAdmin(`mutation { recordActivity(input: { id: "act-fr", kind: WORKSHOP, title: "With the French NGO", date: "2021-01-01", organizerIds: ["${UNIT_A}"], participantIds: ["fr-ngo"] }) { id } }`);
    expect((await asAdmin(`mutation { archive(id: "fr-ngo", version: 3, reason: "x") { id } }`)).errors?.[0].extensions).toMatchObject({ code: "CONFLICT", referencedBy: ["act-fr"] });
    expect((await asAdmin(`mutation { archive(id: "act-fr", version: 1, reason: "x") { id } }`)).errors).toBeUndefined();
    expect((await asAdmin(`mutation { archive(id: "fr-ngo", version: 3, reason: "x") { id } }`)).errors).toBeUndefined();
    const blocked = await asAdmin(`mutation { restore(id: "act-fr", version: 2) { id } }`);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", archivedReferences: ["fr-ngo"] });
  });
});

describe("archiving a report", () => {
  it("makes its unit's report missing in reportingStatus", async () => {
    const before = await everyRead();
    const status = (data: any, unit: string) => data.reportingStatus.find((r: any) => r.unit.id === unit).status;
    expect(status(before, UNIT_A)).toBe("ON_TIME");
    expect((await asAdmin(`mutation { archive(id: "rep-a-2020", version: 1, reason: "sent in error") { id } }`)).errors).toBeUndefined();
    expect(status(await everyRead(), UNIT_A)).toBe("MISSING");
  });
});
