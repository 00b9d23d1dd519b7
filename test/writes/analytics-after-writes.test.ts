/**
 * Analytics follow writes (docs/writes.md): an answer asked for after a write has returned reflects
 * it, although coverage, effectiveness and brokers are cached per graph version and coverage reads
 * tallies. After every write the tallies rebuilt for its scope give the answer the live walk gives.
 */
import { describe, expect, it } from "vitest";
import type { Caller } from "../../src/identity/caller";
import { UNIT_A, UNIT_B, writesDataset } from "../fixtures/writes";
import { graphqlFixture } from "../support/graphql";
import { talliedAsLive } from "../support/tallies";

const f = graphqlFixture(writesDataset);
const admin: Caller = { kind: "user", sub: "admin@x", role: "ADMIN", unitId: null };
const editorB: Caller = { kind: "user", sub: "editor@b", role: "EDITOR", unitId: UNIT_B };

const ANALYTICS = `query ($from: Int!, $to: Int!) {
  partnerCoverage(period: { fromYear: $from, toYear: $to }, planId: "plan-1") {
    rows { country { code } status partners activePartners activities fundsMobilizedUsd lastActivityOn }
    totals { partners activities fundsMobilizedUsd }
  }
  partnershipEffectiveness(period: { fromYear: $from, toYear: $to }) { partnership { id } activities fundsMobilizedUsd lastActivityOn score }
  collaborators(actorId: "kr-city") { id }
  brokers(first: 10) { actor { id } betweenness }
}`;

async function analytics(from: number, to = from) {
  const answer = await f.gql.run(ANALYTICS, { from, to }, { caller: admin });
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

/** The analytics of these years, with the tallies as the write left them, and from the live walk: they must agree. */
function checked(from: number, to = from) {
  return talliedAsLive(f.db, () => analytics(from, to));
}

const write = async (caller: Caller, query: string) => {
  const answer = await f.gql.run(query, {}, { caller, writesConfigured: true });
  expect(answer.errors).toBeUndefined();
  return answer.data!;
};
const row = (data: any, code: string) => data.partnerCoverage.rows.find((r: any) => r.country.code === code);
const effectiveness = (data: any, id: string) => data.partnershipEffectiveness.find((r: any) => r.partnership.id === id);

describe("after a write, the next answer reflects it", () => {
  it("an activity recorded, then moved to another year, then its partner moved to another country", async () => {
    const y2020 = await checked(2020);
    const y2021 = await checked(2021);
    expect(row(y2020, "KR")).toMatchObject({ activities: 1, fundsMobilizedUsd: 0, activePartners: 1, lastActivityOn: "2020-06-01" });
    expect(effectiveness(y2020, "ps-b")).toMatchObject({ activities: 1, fundsMobilizedUsd: 0 });
    expect(y2020.collaborators.map((a: { id: string }) => a.id)).toEqual([UNIT_B]);

    // An exchange under ps-b with a Japanese NGO taking part, USD 5 000, in 2020.
    await write(editorB, `mutation { recordActivity(input: { id: "act-new", kind: CULTURAL_EXCHANGE, title: "Exchange", date: "2020-09-10",
      partnershipId: "ps-b", organizerIds: ["${UNIT_B}"], participantIds: ["jp-ngo"], funds: { amount: 5000, currency: "USD" } }) { id } }`);
    let now = await checked(2020);
    expect(row(now, "KR")).toMatchObject({ activities: 2, fundsMobilizedUsd: 5000, lastActivityOn: "2020-09-10" });
    expect(row(now, "JP")).toMatchObject({ activities: row(y2020, "JP").activities + 1, fundsMobilizedUsd: row(y2020, "JP").fundsMobilizedUsd + 5000 });
    expect(now.partnerCoverage.totals).toMatchObject({ activities: y2020.partnerCoverage.totals.activities + 1, fundsMobilizedUsd: y2020.partnerCoverage.totals.fundsMobilizedUsd + 5000 });
    expect(effectiveness(now, "ps-b")).toMatchObject({ activities: 2, fundsMobilizedUsd: 5000, lastActivityOn: "2020-09-10" });
    expect(now.collaborators.map((a: { id: string }) => a.id)).toEqual([UNIT_B, "jp-ngo"]);
    expect(now.brokers).not.toEqual(y2020.brokers);

    // Moved to 2021: it leaves 2020's numbers and enters 2021's.
    await write(editorB, `mutation { updateActivity(id: "act-new", version: 1, patch: { date: "2021-03-01" }) { id } }`);
    now = await checked(2020);
    expect(row(now, "KR")).toEqual(row(y2020, "KR"));
    expect(now.partnerCoverage.totals).toEqual(y2020.partnerCoverage.totals);
    const in2021 = await checked(2021);
    expect(row(in2021, "KR")).toMatchObject({ activities: row(y2021, "KR").activities + 1, fundsMobilizedUsd: 5000, lastActivityOn: "2021-03-01" });

    // Its Korean partner city is recorded under Thailand: 2021's activity counts there now.
    await write(admin, `mutation { updateActor(id: "kr-city", version: 1, patch: { country: "TH" }) { id } }`);
    const moved = await checked(2021);
    expect(row(moved, "KR")).toMatchObject({ partners: 0, activities: 0, fundsMobilizedUsd: 0 });
    expect(row(moved, "TH")).toMatchObject({ partners: 1, activities: 1, fundsMobilizedUsd: 5000 });
    expect(moved.partnerCoverage.totals.activities).toBe(in2021.partnerCoverage.totals.activities);
  });

  it("a partnership's foreign parties changed: its activities count for the new party's country", async () => {
    const before = await checked(2020);
    const version = (await f.gql.run(`{ partnership(id: "ps-a") { version } }`, {}, { caller: admin })).data!.partnership.version;
    await write(admin, `mutation { updatePartnership(id: "ps-a", version: ${version}, patch: { foreignPartyIds: ["fr-ngo"] }) { id } }`);
    const after = await checked(2020);
    expect(row(after, "FR").activities).toBe(row(before, "FR").activities + 1); // act-a, under ps-a, now involves fr-ngo
    expect(row(after, "FR").activePartners).toBe(1);
    expect(row(after, "JP").activePartners).toBe(row(before, "JP").activePartners - 1); // jp-city is no longer a party
  });
});
