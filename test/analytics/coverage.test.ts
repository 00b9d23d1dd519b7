/**
 * partnerCoverage on the hand-made boundary fixture (test/fixtures/analytics.ts), period 2019–2020.
 * Every expected number below is counted by hand from the fixture's comments. Every test runs twice:
 * with the activity tallies the import built, and with the graph walked live (as while a batched
 * import runs).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { analyticsDataset } from "../fixtures/analytics";
import { graphqlFixture } from "../support/graphql";
import { setTalliesCurrent, talliesAreCurrent } from "../support/tallies";

const fixture = graphqlFixture(analyticsDataset);

const QUERY = `query ($period: PeriodInput!, $planId: ID, $kinds: [ActorKind!]) {
  partnerCoverage(period: $period, planId: $planId, kinds: $kinds) {
    rows { country { code } partners partnersByKind { kind count } activePartners partnershipsInForce sisterLocalities
           activities projects fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn priority status }
    totals { partners partnershipsInForce activities projects fundsMobilizedUsd unconvertedFunds { amount currency } }
  } }`;

const PERIOD = { fromYear: 2019, toYear: 2020 };
const EUR_1000 = [{ amount: 1000, currency: "EUR" }];

/** A row with every count at zero, to spell out only what differs. */
const row = (code: string, values: Record<string, unknown>) => ({
  country: { code }, partners: 0, partnersByKind: [], activePartners: 0, partnershipsInForce: 0, sisterLocalities: 0,
  activities: 0, projects: 0, fundsMobilizedUsd: 0, unconvertedFunds: [], lastActivityOn: null, priority: false, status: "NONE",
  ...values,
});

async function coverage(variables: Record<string, unknown>) {
  const result = await fixture.gql.run(QUERY, { period: PERIOD, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.partnerCoverage;
}

describe.each([["from the tallies", true], ["walked live", false]])("partnerCoverage %s", (_, tallied) => {
  beforeAll(async () => {
    await setTalliesCurrent(fixture.db, tallied);
    expect(await talliesAreCurrent(fixture.db)).toBe(tallied);
  });

  it("gives one row per country with a partner plus the plan's priority countries, by code", async () => {
    const report = await coverage({ planId: "plan" });
    expect(report.rows).toEqual([
      // A priority country with no partner at all.
      row("CA", { priority: true }),
      // ps-fr-ends-first-day ends on 2019-01-01, so it is in force during the period; ps-fr-ended-day-before is not.
      row("FR", { partners: 1, partnersByKind: [{ kind: "LOCALITY", count: 1 }], activePartners: 1, partnershipsInForce: 1, status: "ACTIVE" }),
      // Activities on 1 January and 31 December count, the ones a day outside do not; a-jan1 converts at
      // the 2019 JPY rate (1000), a-dec31 is USD (500), a-two-countries 2000 in full, pr-jp-active 3000;
      // a-p2's 1000 EUR of 2020 has no rate.
      row("JP", {
        partners: 2, partnersByKind: [{ kind: "LOCALITY", count: 1 }, { kind: "NGO", count: 1 }], activePartners: 2,
        partnershipsInForce: 2, sisterLocalities: 1, activities: 4, projects: 1, fundsMobilizedUsd: 6500,
        unconvertedFunds: EUR_1000, lastActivityOn: "2020-12-31", priority: true, status: "ACTIVE",
      }),
      // ps-kr-signed-last-day is signed on asOf; pr-kr-completed is active (ends in the period) but
      // started in 2016, so its commitment is not funds of the period.
      row("KR", {
        partners: 1, partnersByKind: [{ kind: "LOCALITY", count: 1 }], activePartners: 1, partnershipsInForce: 2,
        sisterLocalities: 1, activities: 2, projects: 1, fundsMobilizedUsd: 2000, unconvertedFunds: EUR_1000,
        lastActivityOn: "2020-06-15", status: "ACTIVE",
      }),
      // In force with no activity in the period; its last activity is older than the period.
      row("TH", {
        partners: 1, partnersByKind: [{ kind: "LOCALITY", count: 1 }], activePartners: 1, partnershipsInForce: 1,
        sisterLocalities: 1, lastActivityOn: "2018-12-31", status: "ACTIVE",
      }),
      // A partner whose only project is in PIPELINE.
      row("US", { partners: 1, partnersByKind: [{ kind: "NGO", count: 1 }], status: "INACTIVE" }),
    ]);
  });

  it("totals count each partnership, activity, project and amount once", async () => {
    const report = await coverage({ planId: "plan" });
    // a-two-countries and a-p2 are in both JP and KR rows; their funds count once here.
    expect(report.totals).toEqual({
      partners: 6, partnershipsInForce: 5, activities: 4, projects: 2, fundsMobilizedUsd: 6500, unconvertedFunds: EUR_1000,
    });
  });

  it("without a plan, lists only countries with partners and marks none as priority", async () => {
    const report = await coverage({});
    expect(report.rows.map((r: any) => [r.country.code, r.priority])).toEqual([
      ["FR", false], ["JP", false], ["KR", false], ["TH", false], ["US", false],
    ]);
  });

  it("with kinds, counts only partners of those kinds, in every column and in the choice of rows", async () => {
    const report = await coverage({ kinds: ["NGO"] });
    expect(report.rows).toEqual([
      // jp-ngo: ps-multi, a-two-countries and a-p2 (2000 USD + 1000 EUR), pr-jp-active (3000 USD).
      row("JP", {
        partners: 1, partnersByKind: [{ kind: "NGO", count: 1 }], activePartners: 1, partnershipsInForce: 1,
        activities: 2, projects: 1, fundsMobilizedUsd: 5000, unconvertedFunds: EUR_1000, lastActivityOn: "2020-06-15", status: "ACTIVE",
      }),
      row("US", { partners: 1, partnersByKind: [{ kind: "NGO", count: 1 }], status: "INACTIVE" }),
    ]);
    expect(report.totals).toEqual({
      partners: 2, partnershipsInForce: 1, activities: 2, projects: 1, fundsMobilizedUsd: 5000, unconvertedFunds: EUR_1000,
    });
  });

  it("an empty kinds list is no filter", async () => {
    const report = await coverage({ kinds: [] });
    expect(report.totals.partners).toBe(6);
  });

  it("a period before anything happened leaves every partner INACTIVE and no funds", async () => {
    const report = await coverage({ period: { fromYear: 2000, toYear: 2001 } });
    expect(report.rows.map((r: any) => r.status)).toEqual(["INACTIVE", "INACTIVE", "INACTIVE", "INACTIVE", "INACTIVE"]);
    expect(report.totals).toEqual({ partners: 6, partnershipsInForce: 0, activities: 0, projects: 0, fundsMobilizedUsd: 0, unconvertedFunds: [] });
  });

  it.each([
    [{ period: { fromYear: 2020, toYear: 2019 } }, "period.toYear: must not be before fromYear (2020), got 2019"],
    [{ period: { fromYear: 1800, toYear: 2019 } }, "period.fromYear: must be a year between 1900 and 2200, got 1800"],
    [{ planId: "no-such-plan" }, 'planId: unknown plan "no-such-plan"'],
  ])("%j is refused", async (variables, message) => {
    const result = await fixture.gql.run(QUERY, { period: PERIOD, ...variables });
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });
});
