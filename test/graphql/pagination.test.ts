/** Relay pagination: walking a collection visits every item exactly once; the page cap is an error. */
import { describe, expect, it } from "vitest";
import { partnershipGrid } from "../fixtures/generated";
import { graphqlFixture } from "../support/graphql";

const ACTORS = 2 + 237;
const fixture = graphqlFixture(() => partnershipGrid(237, 3));

async function walk(collection: string, first: number): Promise<{ ids: string[]; pages: number; totals: Set<number> }> {
  const seen: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const result = await fixture.gql.run(
      `query ($first: Int!, $after: String) { ${collection}(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
      { first, after },
    );
    expect(result.errors).toBeUndefined();
    const page = result.data![collection];
    pages++;
    totals.add(page.totalCount);
    seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
    if (page.edges.length > 0) expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    expect(pages).toBeLessThan(1000);
  }
  return { ids: seen, pages, totals };
}

describe("walking a collection", () => {
  it.each([
    ["actors", 100, ACTORS],
    ["actors", 7, ACTORS],
    ["partnerships", 100, 237],
    ["activities", 100, 237 * 3],
    ["activities", 1, 237 * 3],
  ])("%s with first: %i visits every item exactly once, in id order", async (collection, first, total) => {
    const { ids, pages, totals } = await walk(collection, first);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toEqual([...ids].sort());
    expect(pages).toBe(Math.ceil(total / first));
    expect([...totals]).toEqual([total]);
  });

  it("an empty page has no cursors and no next page", async () => {
    const result = await fixture.gql.run(`{ actors(first: 0) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`);
    // first: 0 asks for no items; there are more, so hasNextPage is true.
    expect(result.data).toEqual({
      actors: { totalCount: ACTORS, pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] },
    });
  });
});

describe("page cap and cursors", () => {
  it("accepts first: 100", async () => {
    const result = await fixture.gql.run(`{ actors(first: 100) { edges { cursor } } }`);
    expect(result.data!.actors.edges).toHaveLength(100);
  });

  it.each([
    ["actors(first: 101) { totalCount }", "first: must be between 0 and 100, got 101"],
    ["actors(first: -1) { totalCount }", "first: must be between 0 and 100, got -1"],
    ['partnership(id: "ps-0001") { activities(first: 500) { totalCount } }', "first: must be between 0 and 100, got 500"],
    ['country(code: "JP") { partners(first: 1000) { totalCount } }', "first: must be between 0 and 100, got 1000"],
    ['actors(after: "bm90LWEtY3Vyc29y") { totalCount }', "after: is not a cursor returned by this API"],
    ['activities(after: "%%%") { totalCount }', "after: is not a cursor returned by this API"],
  ])("%s is refused with a clear error", async (selection, message) => {
    const result = await fixture.gql.run(`{ ${selection} }`);
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "BAD_USER_INPUT"]]);
  });
});
