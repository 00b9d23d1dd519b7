/**
 * N+1 guard: a nested query costs one Cypher round trip per level of the selection, whatever
 * the number of rows (fewer with nested reads, which read several levels at once). Round trips are counted with the executor's query hook.
 */
import { expect, it } from "vitest";
import { partnershipGrid } from "../fixtures/generated";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(() => partnershipGrid(120, 4));

const NESTED = `query ($first: Int!) {
  partnerships(first: $first) {
    edges { node {
      id title
      domesticParties { id name country { code name } }
      foreignParties { id name }
      activities(first: 3) { totalCount edges { node { id date organizers { id } } } }
    } }
  }
}`;

it("a nested query over 100 partnerships with their parties and first activities costs one query per level", async () => {
  const { result, roundTrips, queries } = await fixture.gql.counted(NESTED, { first: 100 }, { nested: false });
  expect(result.errors).toBeUndefined();
  const nodes = result.data!.partnerships.edges.map((e: any) => e.node);
  expect(nodes).toHaveLength(100);
  expect(nodes[0].domesticParties.map((a: any) => a.id)).toEqual(["kh", "kh-dofa"]);
  expect(nodes[0].activities.totalCount).toBe(4);
  expect(nodes[99].activities.edges).toHaveLength(3);
  // Levels: partnerships page, domestic parties, their countries, foreign parties,
  // activities page, activities count, organisers.
  expect(queries.sort()).toEqual([
    "Activity{organizers}",
    "Actor{country}",
    "Partnership{activities.count}",
    "Partnership{activities}",
    "Partnership{domesticParties}",
    "Partnership{foreignParties}",
    "queries/partnerships/page",
  ]);
  expect(roundTrips).toBe(7);
});

it("with nested reads, every relation below the page comes in one query (counts in their own)", async () => {
  const levels = await fixture.gql.run(NESTED, { first: 100 }, { nested: false });
  const { result, queries } = await fixture.gql.counted(NESTED, { first: 100 });
  expect(result).toEqual(levels);
  expect(queries.sort()).toEqual([
    "Partnership{activities.count}",
    "Partnership{domesticParties{country},foreignParties,activities{organizers}}",
    "queries/partnerships/page",
  ]);
});

it("the number of round trips does not grow with the number of rows", async () => {
  for (const nested of [false, true]) {
    const small = await fixture.gql.counted(NESTED, { first: 5 }, { nested });
    const large = await fixture.gql.counted(NESTED, { first: 100 }, { nested });
    expect(small.roundTrips).toBe(large.roundTrips);
  }
});
