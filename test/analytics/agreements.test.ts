/**
 * agreementReview's commitment fulfilment where the counting is its own (docs/analytics.md,
 * "Agreements"): ACTIVITIES counts the partnership's activities of the commitment's kinds dated in
 * the period; FUNDS_USD is the partnership's fundsMobilizedUsd exactly as partnershipEffectiveness
 * counts it (activities' funds in the period, commitments of active projects started in it, no
 * amount without a rate). The hand-counted dataset of test/fixtures/v2.ts, with more activities and
 * projects under ps-a and commitments on ps-b; period 2018–2020.
 */
import { describe, expect, it } from "vitest";
import { v2AnalyticsDataset } from "../fixtures/v2";
import { graphqlFixture } from "../support/graphql";

function dataset() {
  const data = v2AnalyticsDataset();
  const activity = (id: string, kind: string, date: string, extra: Record<string, unknown>) => ({ id, kind, title: `Activity ${id}`, date, organizerIds: ["dofa"], ...extra });
  data.activities.push(
    // a delegation with 250 GBP, which has no rate: counted as an activity, not in the USD funds
    activity("a9", "DELEGATION_IN", "2020-06-01", { partnershipId: "ps-a", funds: { amount: 250, currency: "GBP" } }),
    // 300 USD in the period
    activity("a10", "WORKSHOP", "2019-01-01", { partnershipId: "ps-a", funds: { amount: 300, currency: "USD" } }),
    // 900 USD after the period: neither counted nor funds
    activity("a11", "DELEGATION_OUT", "2021-01-01", { partnershipId: "ps-a", funds: { amount: 900, currency: "USD" } }),
  );
  const project = (id: string, status: string, startOn: string, amount: number) => ({
    id, title: `Project ${id}`, status, fundingType: "ODA", startOn, partnershipId: "ps-a", funderIds: ["jp-pref"], implementerIds: ["dofa"],
    committed: { amount, currency: "USD" },
  });
  data.projects.push(
    project("prj-a-new", "ACTIVE", "2019-03-01", 2000) as never, // active, started in the period: 2 000 USD
    project("prj-a-old", "ACTIVE", "2017-01-01", 7000) as never, // active, started before the period: no funds
    project("prj-a-pipe", "PIPELINE", "2019-01-01", 5000) as never, // PIPELINE: no funds
  );
  const psB = data.partnerships.find((p) => p.id === "ps-b")! as Record<string, unknown>;
  psB.commitments = [
    { id: "c-b-funds", description: "USD 100 a year", kind: "FUNDS_USD", target: 100, perYear: true }, // nothing: 0 of 300
    { id: "c-b-conferences", description: "A conference", kind: "ACTIVITIES", target: 1, perYear: false, activityKinds: ["CONFERENCE"] }, // none: 0 of 1
  ];
  return data;
}

const fixture = graphqlFixture(dataset);
const PERIOD = { fromYear: 2018, toYear: 2020 };

async function data(query: string, variables: Record<string, unknown> = {}) {
  const result = await fixture.gql.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const QUERY = `query ($period: PeriodInput!) {
  agreementReview(period: $period) { partnership { id } commitments { id kind expected actual ratio met } }
}`;

describe("agreementReview commitments", () => {
  it("counts a partnership's activities of the commitment's kinds in the period, and all of them without kinds", async () => {
    const { agreementReview } = await data(QUERY, { period: PERIOD });
    const psA = agreementReview.find((r: any) => r.partnership.id === "ps-a");
    // delegations: a1, a2, a9 (a0 before, a11 after the period) = 3 of 6
    expect(psA.commitments[0]).toEqual({ id: "c-delegations", kind: "ACTIVITIES", expected: 6, actual: 3, ratio: 0.5, met: false });
    // any kind: a1, a2, a3, a9, a10 = 5 of 3
    expect(psA.commitments[2]).toEqual({ id: "c-any", kind: "ACTIVITIES", expected: 3, actual: 5, ratio: 1.667, met: true });
  });

  it("counts a FUNDS_USD commitment with the partnership's funds mobilised in the period, as partnershipEffectiveness does", async () => {
    const { agreementReview } = await data(QUERY, { period: PERIOD });
    const psA = agreementReview.find((r: any) => r.partnership.id === "ps-a");
    // a2's 100 000 JPY at 0.01 (1 000) + a10's 300 + prj-a-new's 2 000 = 3 300 USD; a9's GBP has no rate
    expect(psA.commitments[1]).toEqual({ id: "c-funds", kind: "FUNDS_USD", expected: 1000, actual: 3300, ratio: 3.3, met: true });
    const { partnershipEffectiveness } = await data(`query ($period: PeriodInput!) {
      partnershipEffectiveness(period: $period) { partnership { id } fundsMobilizedUsd unconvertedFunds { amount currency } } }`, { period: PERIOD });
    const effectiveness = partnershipEffectiveness.find((e: any) => e.partnership.id === "ps-a");
    expect(effectiveness).toEqual({ partnership: { id: "ps-a" }, fundsMobilizedUsd: 3300, unconvertedFunds: [{ amount: 250, currency: "GBP" }] });
  });

  it("gives a commitment nothing was done for an actual of 0", async () => {
    const { agreementReview } = await data(QUERY, { period: PERIOD });
    expect(agreementReview.find((r: any) => r.partnership.id === "ps-b").commitments).toEqual([
      { id: "c-b-funds", kind: "FUNDS_USD", expected: 300, actual: 0, ratio: 0, met: false },
      { id: "c-b-conferences", kind: "ACTIVITIES", expected: 1, actual: 0, ratio: 0, met: false },
    ]);
  });
});
