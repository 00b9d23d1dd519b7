/**
 * partnershipEffectiveness on the hand-made boundary fixture (test/fixtures/analytics.ts), period
 * 2019–2020 (asOf 2020-12-31, 2 years). Every expected number is worked out by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { score } from "../../src/analytics/effectiveness/effectiveness.service";
import { analyticsDataset } from "../fixtures/analytics";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(analyticsDataset);

const FIELDS = `partnership { id } activities activitiesPerYear activityKinds projects projectsCompleted fundsMobilizedUsd
  unconvertedFunds { amount currency } lastActivityOn daysSinceLastActivity dormant latestReview { id } score flags`;

const PERIOD = { fromYear: 2019, toYear: 2020 };

async function effectiveness(args = "", period = PERIOD, fields = FIELDS) {
  const result = await fixture.gql.run(`query ($period: PeriodInput!) { partnershipEffectiveness(period: $period${args}) { ${fields} } }`, { period });
  expect(result.errors).toBeUndefined();
  return result.data!.partnershipEffectiveness;
}

/** A partnership that yielded nothing in the period, to spell out only what differs. */
const idle = (id: string, values: Record<string, unknown>) => ({
  partnership: { id }, activities: 0, activitiesPerYear: 0, activityKinds: 0, projects: 0, projectsCompleted: 0, fundsMobilizedUsd: 0,
  unconvertedFunds: [], lastActivityOn: null, daysSinceLastActivity: null, dormant: false, latestReview: null, score: 0, flags: [],
  ...values,
});

describe("partnershipEffectiveness", () => {
  it("assesses every partnership in force during the period, ordered by id", async () => {
    expect(await effectiveness()).toEqual([
      // Ended on the period's first day: in force during the period (listed), not at asOf (never dormant).
      idle("ps-fr-ends-first-day", { flags: ["UNREVIEWED", "ENDED"] }),
      // a-jan1 (1000 USD at the 2019 JPY rate) and a-dec31 (500 USD) count; a-before and a-after do not.
      // Two 2020 reviews: the later reviewedOn (score 2) wins; r-jp-2021 is after the period.
      // A = min(1, 1/2) = 0.5, F = 1500/50000 = 0.03, R = (2-1)/4 = 0.25
      // → 100 × (0.2 + 0.009 + 0.075) = 28.4
      idle("ps-jp-sister", {
        activities: 2, activitiesPerYear: 1, activityKinds: 2, fundsMobilizedUsd: 1500, lastActivityOn: "2020-12-31",
        daysSinceLastActivity: 0, latestReview: { id: "r-jp-2020-late" }, score: 28.4,
      }),
      // Signed on asOf: in force, NEW, and not dormant (0 days since signing).
      idle("ps-kr-signed-last-day", { flags: ["UNREVIEWED", "NEW"] }),
      // a-p2 (1000 EUR of 2020, no rate); pr-jp-active (3000 USD, started in the period) and
      // pr-kr-completed (started 2016, completed 2019-06-30: active and completed in the period, no funds).
      // A = 0.5/2 = 0.25, F = 3000/50000 = 0.06, R = 0 → 100 × (0.1 + 0.018) = 11.8
      idle("ps-multi", {
        activities: 1, activitiesPerYear: 0.5, activityKinds: 1, projects: 2, projectsCompleted: 1, fundsMobilizedUsd: 3000,
        unconvertedFunds: [{ amount: 1000, currency: "EUR" }], lastActivityOn: "2020-03-01", daysSinceLastActivity: 305,
        score: 11.8, flags: ["UNREVIEWED"],
      }),
      // Last activity 2018-12-31, 731 days before asOf (2020 is a leap year): dormant with the default 730.
      // Its latest review is of 2018: shown, but it earns no R and the partnership is UNREVIEWED.
      idle("ps-th-dormant", {
        lastActivityOn: "2018-12-31", daysSinceLastActivity: 731, dormant: true, latestReview: { id: "r-th-2018" },
        flags: ["DORMANT", "UNREVIEWED"],
      }),
    ]);
  });

  it("is not dormant at exactly dormantAfterDays", async () => {
    const rows = await effectiveness(", dormantAfterDays: 731");
    const th = rows.find((r: any) => r.partnership.id === "ps-th-dormant");
    expect([th.dormant, th.flags]).toEqual([false, ["UNREVIEWED"]]);
  });

  it("scores with the caller's targets", async () => {
    // A = min(1, 1/0.5) = 1, F = min(1, 1500/1000) = 1, R = 0.25 → 100 × (0.4 + 0.3 + 0.075) = 77.5
    let rows = await effectiveness(", kind: SISTER_LOCALITY, targetActivitiesPerYear: 0.5, targetFundsUsd: 1000", PERIOD, "partnership { id } score");
    expect(rows[0]).toEqual({ partnership: { id: "ps-jp-sister" }, score: 77.5 });
    // A = 1/800 = 0.00125 → 100 × (0.0005 + 0.009 + 0.075) = 8.45, which rounds half up to 8.5
    rows = await effectiveness(", kind: SISTER_LOCALITY, targetActivitiesPerYear: 800", PERIOD, "partnership { id } score");
    expect(rows[0]).toEqual({ partnership: { id: "ps-jp-sister" }, score: 8.5 });
  });

  it.each([
    [", kind: SISTER_LOCALITY", ["ps-jp-sister", "ps-kr-signed-last-day", "ps-th-dormant"]],
    [', country: "KR"', ["ps-kr-signed-last-day", "ps-multi"]], // ps-multi has parties in JP and KR
    [', domesticPartyId: "agency"', ["ps-multi"]],
    [', kind: FRIENDSHIP, country: "FR"', ["ps-fr-ends-first-day"]],
  ])("filters with %s", async (args, ids) => {
    const rows = await effectiveness(args, PERIOD, "partnership { id }");
    expect(rows.map((r: any) => r.partnership.id)).toEqual(ids);
  });

  it("takes the period's own years: in 2018 the 2018 review counts and a-before is the last activity", async () => {
    const rows = await effectiveness(', kind: SISTER_LOCALITY', { fromYear: 2018, toYear: 2018 }, "partnership { id } activities lastActivityOn latestReview { id } score flags");
    expect(rows).toEqual([
      // a-before (2018-12-31, 7000 USD): A = min(1, 1/2) = 0.5, F = 7000/50000 = 0.14, R = 0 (no review up to 2018)
      // → 100 × (0.2 + 0.042) = 24.2
      { partnership: { id: "ps-jp-sister" }, activities: 1, lastActivityOn: "2018-12-31", latestReview: null, score: 24.2, flags: ["UNREVIEWED"] },
      // a-th-old (5000 THB, no rate): A = 0.5 → 20; R = (5-1)/4 = 1 → 30 → 50
      { partnership: { id: "ps-th-dormant" }, activities: 1, lastActivityOn: "2018-12-31", latestReview: { id: "r-th-2018" }, score: 50, flags: [] },
    ]);
  });

  it.each([
    [{ period: { fromYear: 2020, toYear: 2019 } }, "", "period.toYear: must not be before fromYear (2020), got 2019"],
    [{}, ", dormantAfterDays: -1", "dormantAfterDays: must be a whole number of days, 0 or more, got -1"],
    [{}, ", targetFundsUsd: 0", "targetFundsUsd: must be greater than 0, got 0"],
    [{}, ", targetActivitiesPerYear: -2", "targetActivitiesPerYear: must be greater than 0, got -2"],
    [{}, ', country: "jp"', 'country: must be an ISO 3166-1 alpha-2 code such as "JP", got "jp"'],
  ])("%j %s is refused", async (variables, args, message) => {
    const result = await fixture.gql.run(`query ($period: PeriodInput!) { partnershipEffectiveness(period: $period${args}) { score } }`, { period: PERIOD, ...variables });
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });
});

describe("score", () => {
  const period = { fromYear: 2019, toYear: 2020, start: "2019-01-01", end: "2020-12-31" };
  const targets = { targetActivitiesPerYear: 2, targetFundsUsd: 50000 };

  it("rounds to one decimal, halves up, despite floating-point noise", () => {
    // 0.4 × 1.1225 / 2 = 0.2245 → 22.45 → 22.5 (in binary floating point 22.45 is 22.4499…)
    expect(score(1.1225, 0, null, period, targets)).toBe(22.5);
  });

  it("caps each part at its target", () => {
    const review = { id: "r", year: 2020, score: 5 } as never;
    expect(score(10, 1e9, review, period, targets)).toBe(100);
  });
});
