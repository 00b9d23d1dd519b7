/**
 * Every analytic gives a non-trivial answer on the demo dataset: the cases the README and
 * docs/analytics.md show are what the service really answers.
 */
import { describe, expect, it } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import { readDatasetFile } from "../../src/dataset/file";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(() => readDatasetFile(DEMO_FILE));

async function run(query: string) {
  const result = await fixture.gql.run(query);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const PERIOD = "period: { fromYear: 2017, toYear: 2020 }";

describe("analytics on the demo dataset", () => {
  it("partnerCoverage: priority countries without partners, an inactive partner country, an unconverted currency", async () => {
    const { partnerCoverage } = await run(`{ partnerCoverage(${PERIOD}, planId: "plan-2017-2020") {
      rows { country { code } priority status unconvertedFunds { amount currency } } totals { partners unconvertedFunds { currency } } } }`);
    const rows = partnerCoverage.rows as { country: { code: string }; priority: boolean; status: string; unconvertedFunds: unknown[] }[];
    expect(rows.filter((r) => r.priority && r.status === "NONE").map((r) => r.country.code)).toEqual(["BN", "CA", "ID", "MM", "MY", "PH"]);
    // International organisations are listed under XZ, not under their host country.
    expect(rows.find((r) => r.country.code === "XZ")?.status).toBe("ACTIVE");
    expect(rows.find((r) => r.country.code === "NZ")?.status).toBe("INACTIVE");
    expect(rows.find((r) => r.country.code === "TH")?.unconvertedFunds).toEqual([{ amount: 2589474, currency: "THB" }]);
    expect(partnerCoverage.totals.unconvertedFunds).toEqual([{ currency: "THB" }]);
  });

  it("partnershipEffectiveness: a dormant sister relation among active ones", async () => {
    const { partnershipEffectiveness } = await run(`{ partnershipEffectiveness(${PERIOD}, kind: SISTER_LOCALITY) { partnership { id } dormant score } }`);
    const rows = partnershipEffectiveness as { partnership: { id: string }; dormant: boolean; score: number }[];
    expect(rows.filter((r) => r.dormant).map((r) => r.partnership.id)).toEqual(["ps-kh-irkutsk"]);
    expect(rows.find((r) => r.partnership.id === "ps-kh-wakayama")?.score).toBe(100);
  });

  it("reportingStatus: one late and one missing report", async () => {
    const { reportingStatus } = await run(`{ reportingStatus(planId: "plan-2017-2020", year: 2019) { unit { id } status } }`);
    const rows = reportingStatus as { unit: { id: string }; status: string }[];
    expect(rows.filter((r) => r.status !== "ON_TIME").map((r) => [r.unit.id, r.status])).toEqual([
      ["vn-kh-khatoco", "MISSING"], ["vn-kh-truongsa", "LATE"],
    ]);
  });

  it("network: a three-step path, an isolated actor, the foreign-affairs department as top broker", async () => {
    const data = await run(`{
      path: connection(fromId: "fr-plougastel", toId: "kr-koica") { steps actors { id } via { id } }
      none: connection(fromId: "nz-ovs-wellington", toId: "vn-kh") { steps }
      brokers(first: 1) { actor { id } }
    }`);
    expect(data.path).toEqual({
      steps: 3,
      actors: [{ id: "fr-plougastel" }, { id: "vn-kh-camranh" }, { id: "vn-kh-dpi" }, { id: "kr-koica" }],
      via: [{ id: "act-2015-013" }, { id: "prj-hyosung-plant" }, { id: "act-2017-044" }],
    });
    expect(data.none).toBeNull();
    expect(data.brokers).toEqual([{ actor: { id: "vn-kh-dofa" } }]);
  });

  it("search: diacritic-insensitive", async () => {
    const { search } = await run(`{ search(text: "da nang") { id } }`);
    expect(search).toEqual([{ id: "ru-cg-danang" }]);
  });

  it("v2: agreements expiring, expired, reported late and never; a commitment kept and one not", async () => {
    const { agreementReview } = await run(`{ agreementReview(${PERIOD}) { partnership { id } status reportStatus commitments { id met } } }`);
    const by = (id: string) => agreementReview.find((r: any) => r.partnership.id === id);
    expect([by("ps-kh-champasak").status, by("ps-kh-champasak").reportStatus]).toEqual(["EXPIRING", "LATE"]);
    expect([by("ps-kh-hainan").status, by("ps-kh-sihanouk").reportStatus]).toEqual(["EXPIRED", "MISSING"]);
    expect(by("ps-kh-wakayama").commitments).toEqual([{ id: "cm-wakayama-delegations", met: false }, { id: "cm-wakayama-funds", met: true }]);
  });

  it("v2: NGO permits valid, expiring, expired and none; the merged province inherits Ninh Thuan's partnership", async () => {
    const data = await run(`{
      ngoPermits(asOf: "2020-12-31") { actor { id } status uncoveredProjects { id } }
      withPredecessors: partnershipEffectiveness(${PERIOD}, domesticPartyId: "vn-kh", includePredecessors: true) { partnership { id } }
    }`);
    expect(data.ngoPermits.map((r: any) => [r.actor.id, r.status])).toEqual([
      ["au-volunteers", "VALID"], ["kr-goodneighbors", "EXPIRED"], ["sg-temasek", "NONE"], ["us-emw", "EXPIRING"],
    ]);
    expect(data.ngoPermits.find((r: any) => r.actor.id === "sg-temasek").uncoveredProjects).toEqual([{ id: "prj-temasek-training" }]);
    expect(data.withPredecessors.map((r: any) => r.partnership.id)).toContain("ps-nt-champasak");
  });
});
