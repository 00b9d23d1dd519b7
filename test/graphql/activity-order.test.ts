/** A partnership's activities newest first (`orderBy: NEWEST_FIRST`): date descending, ties by id descending. */
import { describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/graphql/pagination";
import { graphqlFixture } from "../support/graphql";

const DOMESTIC = { id: "kh", kind: "LOCALITY", side: "DOMESTIC", name: "Province", country: "VN", level: "PROVINCE" };
const partner = (id: string) => ({ id, kind: "NGO", side: "FOREIGN", name: id, country: "JP" });
const partnership = (id: string, foreign: string) => ({
  id, kind: "COOPERATION", title: id, domesticPartyIds: ["kh"], foreignPartyIds: [foreign], signedOn: "2015-01-01",
});
const activity = (id: string, date: string, partnershipId: string) => ({
  id, kind: "WORKSHOP", title: id, date, partnershipId, organizerIds: ["kh"], participantIds: [],
});

// Ids out of date order on purpose, and three activities on one day.
const dataset = {
  format: "partner-network/v1",
  actors: [DOMESTIC, partner("ngo-a"), partner("ngo-b")],
  partnerships: [partnership("ps-a", "ngo-a"), partnership("ps-b", "ngo-b")],
  activities: [
    activity("act-1", "2021-05-01", "ps-a"),
    activity("act-2", "2019-01-01", "ps-a"),
    activity("act-3", "2023-02-02", "ps-a"),
    activity("act-4", "2021-05-01", "ps-a"),
    activity("act-5", "2021-05-01", "ps-a"),
    activity("act-6", "2018-07-07", "ps-a"),
    activity("act-7", "2020-01-01", "ps-b"),
    activity("act-8", "2024-01-01", "ps-b"),
  ],
};
const NEWEST_A = ["act-3", "act-5", "act-4", "act-1", "act-2", "act-6"];

const fixture = graphqlFixture(() => dataset);

async function page(first: number, after: string | null) {
  const result = await fixture.gql.run(
    `query ($first: Int!, $after: String) { partnership(id: "ps-a") { activities(first: $first, after: $after, orderBy: NEWEST_FIRST) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id date } } } } }`,
    { first, after },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.partnership.activities;
}

describe("Partnership.activities(orderBy: NEWEST_FIRST)", () => {
  it("lists the latest first, activities of one day by id descending", async () => {
    const { edges, totalCount, pageInfo } = await page(100, null);
    expect(edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(NEWEST_A);
    expect(totalCount).toBe(6);
    expect(pageInfo.hasNextPage).toBe(false);
  });

  it("pages through in the same order, across a day's ties, each activity once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const result = await page(2, after);
      seen.push(...result.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(NEWEST_A);
  });

  it("orders each partnership's own page when several are read in one batch", async () => {
    const result = await fixture.gql.run(`{ partnerships(first: 10) { edges { node { id
      latest: activities(first: 2, orderBy: NEWEST_FIRST) { edges { node { id } } }
      byId: activities(first: 2) { edges { node { id } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);
    const byPartnership = Object.fromEntries(result.data!.partnerships.edges.map((e: any) => [e.node.id, { latest: ids(e.node.latest), byId: ids(e.node.byId) }]));
    expect(byPartnership).toEqual({
      "ps-a": { latest: ["act-3", "act-5"], byId: ["act-1", "act-2"] },
      "ps-b": { latest: ["act-8", "act-7"], byId: ["act-7", "act-8"] },
    });
  });

  it.each([
    ["an activity of another partnership", encodeCursor("act-7", "newest"), "after: is not a cursor of this partnership's activities"],
    ["an activity that does not exist", encodeCursor("act-404", "newest"), "after: is not a cursor of this partnership's activities"],
    ["a list in id order", encodeCursor("act-1", "id"), "after: is a cursor of a list in another order, not of this one"],
  ])("refuses a cursor of %s (it would restart or skip the list)", async (_what, after, message) => {
    const result = await fixture.gql.run(
      `query ($after: String) { partnership(id: "ps-a") { activities(first: 2, after: $after, orderBy: NEWEST_FIRST) { edges { node { id } } } } }`,
      { after },
    );
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });

  it("refuses a newest-first cursor in a list in id order", async () => {
    const result = await fixture.gql.run(`query ($after: String) { partnership(id: "ps-a") { activities(first: 2, after: $after) { edges { node { id } } } } }`, {
      after: encodeCursor("act-1", "newest"),
    });
    expect(result.errors?.map((e) => e.message)).toEqual(["after: is a cursor of a list in another order, not of this one"]);
  });
});
