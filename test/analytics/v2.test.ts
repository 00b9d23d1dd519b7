/**
 * The v2 analytics (docs/analytics.md): agreementReview, ngoPermits, planProgress and
 * sectorSummary on the hand-counted dataset of test/fixtures/v2.ts, at their boundaries.
 */
import { describe, expect, it } from "vitest";
import { v2AnalyticsDataset } from "../fixtures/v2";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(v2AnalyticsDataset);
const PERIOD = { fromYear: 2018, toYear: 2020 };

async function data(query: string, variables: Record<string, unknown> = {}) {
  const result = await fixture.gql.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe("agreementReview", () => {
  const QUERY = `query ($period: PeriodInput!, $status: [AgreementStatus!]) {
    agreementReview(period: $period, status: $status) {
      partnership { id } expiresOn status reportStatus
      commitments { id kind expected actual ratio met }
    }
  }`;

  it("reviews the partnerships with agreement data, by id, with expiry, status, reporting and commitments", async () => {
    const { agreementReview } = await data(QUERY, { period: PERIOD });
    expect(agreementReview.map((r: any) => [r.partnership.id, r.expiresOn, r.status, r.reportStatus])).toEqual([
      ["ps-a", "2021-02-28", "EXPIRING", "ON_TIME"],
      ["ps-b", "2020-12-30", "EXPIRED", "LATE"],
      ["ps-c", "2023-12-01", "ACTIVE", "MISSING"],
      ["ps-d", null, "ACTIVE", "PENDING"],
      ["ps-e", null, "ENDED", "MISSING"],
    ]);
    expect(agreementReview[0].commitments).toEqual([
      { id: "c-delegations", kind: "ACTIVITIES", expected: 6, actual: 2, ratio: 0.333, met: false },
      { id: "c-funds", kind: "FUNDS_USD", expected: 1000, actual: 1000, ratio: 1, met: true },
      { id: "c-any", kind: "ACTIVITIES", expected: 3, actual: 3, ratio: 1, met: true },
    ]);
  });

  it("filters by status, and moves with the period and the windows", async () => {
    const { agreementReview } = await data(QUERY, { period: PERIOD, status: ["EXPIRED", "ENDED"] });
    expect(agreementReview.map((r: any) => r.partnership.id)).toEqual(["ps-b", "ps-e"]);
    const narrow = await data(`{ agreementReview(period: {fromYear: 2020, toYear: 2020}, expiringWithinDays: 30, reportDueDays: 20) { partnership { id } status reportStatus } }`);
    // ps-a expires 2021-02-28, beyond asOf + 30: ACTIVE; ps-b is due 2018-06-21 with 20 days: ON_TIME.
    expect(narrow.agreementReview.map((r: any) => [r.partnership.id, r.status, r.reportStatus]).slice(0, 2)).toEqual([["ps-a", "ACTIVE", "ON_TIME"], ["ps-b", "EXPIRED", "ON_TIME"]]);
  });

  it("refuses a negative window, naming it", async () => {
    const result = await fixture.gql.run(`{ agreementReview(period: {fromYear: 2018, toYear: 2020}, expiringWithinDays: -1) { status } }`);
    expect(result.errors?.[0].message).toMatch(/expiringWithinDays/);
  });
});

describe("ngoPermits", () => {
  const QUERY = `query ($asOf: String!) { ngoPermits(asOf: $asOf) { actor { id } status validUntil uncoveredActivities { id } uncoveredProjects { id } } }`;

  it("lists every foreign NGO with a permit or an engagement on or before asOf, by id", async () => {
    const { ngoPermits } = await data(QUERY, { asOf: "2020-12-31" });
    expect(ngoPermits.map((r: any) => [r.actor.id, r.status, r.validUntil, r.uncoveredActivities.map((a: any) => a.id), r.uncoveredProjects.map((p: any) => p.id)])).toEqual([
      ["ngo-a", "VALID", null, [], []],
      ["ngo-b", "EXPIRING", "2021-03-01", [], []],
      ["ngo-c", "EXPIRED", null, ["a5"], []],
      ["ngo-d", "NONE", null, [], ["prj-d"]],
    ]);
  });

  it("counts a permit valid on its last day, and changes with asOf", async () => {
    const { ngoPermits } = await data(QUERY, { asOf: "2019-06-30" });
    const c = ngoPermits.find((r: any) => r.actor.id === "ngo-c");
    expect([c.status, c.validUntil, c.uncoveredActivities]).toEqual(["EXPIRING", "2019-06-30", []]);
    expect(ngoPermits.map((r: any) => r.actor.id)).toEqual(["ngo-a", "ngo-b", "ngo-c"]); // ngo-d's project starts later
  });

  it("refuses a date that is not one, naming asOf", async () => {
    const result = await fixture.gql.run(`{ ngoPermits(asOf: "2020-02-30") { status } }`);
    expect(result.errors?.[0].message).toMatch(/asOf/);
  });
});

describe("planProgress", () => {
  const QUERY = `query ($year: Int!) { planProgress(planId: "plan-1", year: $year) {
    task { id } activities activitiesByKind { kind count } assigneesWithActivity { id } assigneesWithout { id } } }`;
  const rows = (progress: any[]) => progress.map((r) => [r.task.id, r.activities, r.activitiesByKind, r.assigneesWithActivity.map((a: any) => a.id), r.assigneesWithout.map((a: any) => a.id)]);

  it("counts the activities serving each task in the year and who of its assignees organised one", async () => {
    expect(rows((await data(QUERY, { year: 2019 })).planProgress)).toEqual([
      ["t1", 1, [{ kind: "DELEGATION_OUT", count: 1 }], ["kh"], ["dofa"]],
      ["t2", 1, [{ kind: "TRAINING", count: 1 }], ["dofa"], ["ufo"]],
    ]);
    expect(rows((await data(QUERY, { year: 2018 })).planProgress)).toEqual([
      ["t1", 1, [{ kind: "DELEGATION_IN", count: 1 }], ["dofa"], ["kh"]],
      ["t2", 0, [], [], ["dofa", "ufo"]],
    ]);
  });

  it("refuses an unknown plan, naming planId", async () => {
    const result = await fixture.gql.run(`{ planProgress(planId: "nope", year: 2019) { activities } }`);
    expect(result.errors?.[0].message).toMatch(/planId/);
  });
});

describe("sectorSummary", () => {
  it("sums each sector's partnerships, activities, projects and funds; sectors with nothing left out; by name", async () => {
    const { sectorSummary } = await data(`query ($period: PeriodInput!) { sectorSummary(period: $period) {
      sector partnershipsInForce activities projects fundsMobilizedUsd unconvertedFunds { amount currency } } }`, { period: PERIOD });
    expect(sectorSummary).toEqual([
      { sector: "CULTURE", partnershipsInForce: 2, activities: 3, projects: 0, fundsMobilizedUsd: 1000, unconvertedFunds: [] },
      { sector: "ENVIRONMENT", partnershipsInForce: 0, activities: 0, projects: 2, fundsMobilizedUsd: 0, unconvertedFunds: [{ amount: 3000, currency: "EUR" }] },
      { sector: "HEALTH", partnershipsInForce: 1, activities: 2, projects: 1, fundsMobilizedUsd: 2500, unconvertedFunds: [] },
      { sector: "TOURISM", partnershipsInForce: 1, activities: 0, projects: 0, fundsMobilizedUsd: 0, unconvertedFunds: [] },
      { sector: "TRADE", partnershipsInForce: 2, activities: 1, projects: 0, fundsMobilizedUsd: 1000, unconvertedFunds: [] },
    ]);
  });
});

describe("partnerCoverage.regions", () => {
  const QUERY = `query ($kinds: [ActorKind!]) { partnerCoverage(period: {fromYear: 2018, toYear: 2020}, planId: "plan-1", kinds: $kinds) {
    regions { region partners partnershipsInForce activities projects fundsMobilizedUsd unconvertedFunds { amount currency } countriesWithPartners priorityCountriesWithout { code } } } }`;
  const rows = (regions: any[]) => regions.map((r) => [r.region, r.partners, r.partnershipsInForce, r.activities, r.projects, r.fundsMobilizedUsd,
    r.unconvertedFunds.map((m: any) => `${m.amount} ${m.currency}`), r.countriesWithPartners, r.priorityCountriesWithout.map((c: any) => c.code)]);

  it("gives the country columns per region, and every region of a priority country, by name", async () => {
    const { partnerCoverage } = await data(QUERY);
    expect(rows(partnerCoverage.regions)).toEqual([
      // partners jp-pref, ngo-a, ngo-c; ps-a, ps-d, ps-f; a1 a2 a3 (ps-a) a4 a5 (ngo-c) a7 (ngo-a); 100 000 JPY (1 000) + 500 USD
      ["EAST_ASIA", 3, 3, 6, 0, 1500, [], 1, ["KR"]],
      // partners fr-city, ngo-b, ngo-d, ngo-e; ps-b, ps-c, ps-e, ps-g; a6; prj-d (2 000 USD)
      ["EUROPE", 4, 4, 1, 1, 2000, [], 1, []],
      // the bank: prj-old (active in 2018, started before) and prj-e (3 000 EUR, no rate)
      ["INTERNATIONAL", 1, 0, 0, 2, 0, ["3000 EUR"], 1, []],
      // no partner at all: there for its priority country
      ["SOUTHEAST_ASIA", 0, 0, 0, 0, 0, [], 0, ["TH"]],
    ]);
  });

  it("counts only the partners of the kinds asked for, in every column", async () => {
    const { partnerCoverage } = await data(QUERY, { kinds: ["NGO"] });
    expect(rows(partnerCoverage.regions)).toEqual([
      ["EAST_ASIA", 2, 0, 3, 0, 500, [], 1, ["KR"]],
      ["EUROPE", 3, 0, 1, 1, 2000, [], 1, []],
      ["SOUTHEAST_ASIA", 0, 0, 0, 0, 0, [], 0, ["TH"]],
    ]);
  });
});

describe("partnershipEffectiveness with includePredecessors", () => {
  const ids = async (args: string) =>
    (await data(`{ partnershipEffectiveness(period: {fromYear: 2018, toYear: 2020}, ${args}) { partnership { id } } }`)).partnershipEffectiveness.map((r: any) => r.partnership.id);

  it("adds the partnerships of the actor's predecessors, along a chain of successions", async () => {
    expect(await ids(`domesticPartyId: "kh"`)).toEqual(["ps-a", "ps-d", "ps-e"]);
    expect(await ids(`domesticPartyId: "kh", includePredecessors: true`)).toEqual(["ps-a", "ps-d", "ps-e", "ps-g"]);
    expect(await ids(`domesticPartyId: "old-b", includePredecessors: true`)).toEqual(["ps-g"]);
    expect(await ids(`domesticPartyId: "old-a", includePredecessors: true`)).toEqual(["ps-g"]);
  });
});
