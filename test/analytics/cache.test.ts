/**
 * The slow analytics are cached per graph version (src/analytics/common/cache.ts): asked again, they
 * cost one small version query; after an import, they are computed again from the new data.
 */
import { describe, expect, it } from "vitest";
import { importDataset } from "../../src/dataset/import";
import { networkDataset } from "../fixtures/network";
import { statementsDuring } from "../support/db";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(networkDataset);

const COVERAGE = `{ partnerCoverage(period: { fromYear: 2019, toYear: 2019 }) { rows { country { code } activities } } }`;
const BROKERS = `{ brokers(first: 1) { actor { id } betweenness } }`;
const EFFECTIVENESS = `{ partnershipEffectiveness(period: { fromYear: 2019, toYear: 2019 }) { partnership { id } activities } }`;

async function run(query: string) {
  const { result, queries } = await fixture.gql.counted(query);
  expect(result.errors).toBeUndefined();
  return { data: result.data!, queries };
}

const activitiesOf = (data: Record<string, any>, code: string) =>
  data.partnerCoverage.rows.find((r: { country: { code: string } }) => r.country.code === code)?.activities;

describe("cached analytics", () => {
  it.each([
    ["partnerCoverage", COVERAGE, ["queries/graph-version"]],
    ["partnershipEffectiveness", EFFECTIVENESS, ["queries/graph-version"]],
    // The ranking is cached; the actors it names are read per request, with the request's fields.
    ["brokers", BROKERS, ["queries/graph-version", "Actor"]],
  ])("%s asked again answers the same with only the version query (and what is read per request)", async (_name, query, expected) => {
    const first = await run(query);
    const again = await run(query);
    expect(again.data).toEqual(first.data);
    expect(again.queries).toEqual(expected);
  });

  it("asks twice while computing: one computation", async () => {
    await importDataset(fixture.db, networkDataset()); // a new version: nothing cached
    const sent = await statementsDuring(fixture.db, async () => {
      const [a, b] = await Promise.all([fixture.gql.run(BROKERS), fixture.gql.run(BROKERS)]);
      expect(a.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
    });
    expect(sent.filter((q) => q.name === "queries/analytics/network/actor-engagements")).toHaveLength(1);
  });

  it.each([
    ["in one transaction", "act-new-1", {}],
    ["in transactions of 3 rows", "act-new-2", { transactionSize: 3 }],
  ])("answers from the new data after an import %s", async (_how, id, options) => {
    const before = await run(COVERAGE);
    const dataset = networkDataset();
    dataset.activities.push({
      id, kind: "WORKSHOP", title: "Another workshop", date: "2019-06-01", partnershipId: "ps-multi",
      organizerIds: ["school"], participantIds: ["fr-ngo"],
    });
    // Asked while the import runs: an answer from a half-written graph must not outlive the import.
    let during: Promise<unknown> | undefined;
    await importDataset(fixture.db, dataset, { ...options, onCommit: (commits: number) => void (commits === 1 && (during = run(COVERAGE))) });
    await during;
    const after = await run(COVERAGE);
    expect(after.queries).toContain("queries/analytics/coverage/rows");
    expect(activitiesOf(after.data, "FR")).toBe(activitiesOf(before.data, "FR") + 1);
  });
});
