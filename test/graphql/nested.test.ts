/**
 * Nested reads (src/graphql/read/): the relations selected below a root list are read in one query
 * and primed into the loaders. The answers must be exactly those of the level-by-level loaders (same
 * rows, order, pages, errors), in fewer round trips.
 */
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generator";
import { statementsDuring } from "../support/db";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(() => generateDataset({ scale: "tiny", seed: 11 }));

const PAGE = `query Page($partners: Int!, $activities: Int!) { countries { code name partners(first: $partners) { edges { node {
  id name partnerships { id title activities(first: $activities, orderBy: NEWEST_FIRST) { edges { node { id title date } } } } } } } } }`;

/** Selections a front end might send, each answered both ways below. */
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "the benchmark's page": { query: PAGE, variables: { partners: 5, activities: 5 } },
  "pages with cursors, counts and page info": {
    query: `{ countries { code partners(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id
      partnerships { id activities(first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { id date } } } } } } } } }`,
  },
  "aliases with different arguments, fragments and an inline fragment": {
    query: `query { countries { code
        few: partners(first: 1) { edges { node { ...Partner } } }
        more: partners(first: 4) { edges { node { id ... on Actor { partnerships { id title } } } } } } }
      fragment Partner on Actor { id name partnerships { id newest: activities(first: 1, orderBy: NEWEST_FIRST) { edges { node { id } } }
        oldest: activities(first: 1) { edges { node { id } } } } }`,
  },
  "an actors page with parties below": {
    query: `{ actors(first: 30, filter: { side: FOREIGN }) { edges { node { id partnerships { id
      domesticParties { id name } foreignParties { id country { code } } activities(first: 3) { edges { node { id title } } } } } } } }`,
  },
  "a partnerships page": {
    query: `{ partnerships(first: 40) { edges { node { id foreignParties { id partnerships { id } }
      activities(first: 2, orderBy: NEWEST_FIRST) { edges { node { id date organizers { id } } } } } } } }`,
  },
  "single objects by id, and one that does not exist": {
    query: `query ($country: String!, $actor: ID!, $partnership: ID!) {
      country(code: $country) { code partners(first: 10) { edges { node { id partnerships { id } } } } }
      actor(id: $actor) { id partnerships { id foreignParties { id } activities(first: 3, orderBy: NEWEST_FIRST) { edges { node { id } } } } }
      partnership(id: $partnership) { id domesticParties { id } activities(first: 5) { pageInfo { hasNextPage } edges { node { id } } } }
      missing: actor(id: "no-such-actor") { id partnerships { id } } }`,
    variables: { country: "JP", actor: "au-00129", partnership: "ps-00001" },
  },
  "one page read under two roots, once with pageInfo and once without": {
    query: `{ countries { code partners(first: 2) { edges { node { id partnerships { id
        activities(first: 1, orderBy: NEWEST_FIRST) { edges { node { id } } } } } } } }
      country(code: "JP") { partners(first: 2) { pageInfo { hasNextPage endCursor } edges { node { id partnerships { id
        activities(first: 1, orderBy: NEWEST_FIRST) { pageInfo { hasNextPage } edges { node { id } } } } } } }
        again: partners(first: 2) { pageInfo @include(if: true) { hasNextPage } edges { node { id } } } } }`,
  },
  "a page after a cursor and @include below the root": {
    query: `query ($with: Boolean!) { countries { code partners(first: 2, after: "aWQ6") { edges { node { id } } }
      other: partners(first: 2) { edges { node { id partnerships @include(if: $with) { id } } } } } }`,
    variables: { with: true },
  },
};

describe.each(Object.entries(QUERIES))("%s", (_name, { query, variables }) => {
  it("is answered exactly as level by level", async () => {
    const levels = await fixture.gql.counted(query, variables, { nested: false });
    const nested = await fixture.gql.counted(query, variables);
    expect(levels.result.errors).toBeUndefined();
    expect(nested.roundTrips).toBeLessThan(levels.roundTrips);
    expect(nested.result).toEqual(levels.result);
  });
});

it("the page reads its four levels in one round trip, and the rows are real", async () => {
  const levels = await fixture.gql.counted(PAGE, { partners: 5, activities: 5 }, { nested: false });
  const nested = await fixture.gql.counted(PAGE, { partners: 5, activities: 5 });
  expect(levels.queries).toEqual([
    "roots/countries",
    "Country{partners}",
    "Actor{partnerships}",
    "Partnership{activities}",
  ]);
  expect(nested.queries).toEqual(["roots/countries{partners{partnerships{activities}}}"]);
  // Not an empty page answered twice: some partner has partnerships with activities, newest first.
  const activities = nested.result.data!.countries.flatMap((c: any) =>
    c.partners.edges.flatMap((p: any) => p.node.partnerships.flatMap((ps: any) => ps.activities.edges.map((e: any) => e.node))),
  );
  expect(activities.length).toBeGreaterThan(20);
  const firstPartnership = nested.result.data!.countries
    .flatMap((c: any) => c.partners.edges.flatMap((p: any) => p.node.partnerships))
    .find((ps: any) => ps.activities.edges.length > 1);
  const dates = firstPartnership.activities.edges.map((e: any) => e.node.date);
  expect(dates).toEqual([...dates].sort().reverse());
});

it("every relation is read nested, and levels beyond the nested depth by their loaders", async () => {
  const { result, queries } = await fixture.gql.counted(`{ partnerships(first: 10) { edges { node { id
    activities(first: 2) { edges { node { id organizers { id } } } } reviews { year reviewer { id
      partnerships { id foreignParties { id country { code } } } } } } } } }`);
  expect(result.errors).toBeUndefined();
  expect([...queries].sort()).toEqual([
    "Actor{country}",
    "Partnership{activities{organizers},reviews{reviewer{partnerships{foreignParties}}}}",
    "queries/partnerships/page",
  ]);
});

it("an invalid page size below the root is the same error either way, naming the argument", async () => {
  const query = `{ countries { code partners(first: 500) { edges { node { id } } } } }`;
  const levels = await fixture.gql.run(query, {}, { nested: false });
  const nested = await fixture.gql.run(query);
  expect(nested.errors?.[0]?.message).toMatch(/first/);
  expect(nested).toEqual(levels);
});

it("reads one row more than `first` only where the selection asks whether more follow", async () => {
  const limits = async (query: string) => {
    const sent = await statementsDuring(fixture.db, async () => {
      expect((await fixture.gql.run(query, { partners: 5, activities: 5 })).errors).toBeUndefined();
    });
    return sent.flatMap(({ params }) => Object.entries(params).filter(([name]) => name.startsWith("limit")).map(([name, v]) => `${name}=${v}`));
  };
  // The page: two pages, neither asks (the floor reads 5 and 5 too).
  expect(await limits(PAGE)).toEqual(["limit0=5", "limit2=5"]);
  const asking = PAGE.replace("partners(first: $partners) {", "partners(first: $partners) { pageInfo { hasNextPage }");
  expect(await limits(asking)).toEqual(["limit0=6", "limit2=5"]);
});
