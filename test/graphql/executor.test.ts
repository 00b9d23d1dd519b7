/**
 * The compiled executor (src/graphql/executor.ts): graphql-jit runs the operations, and every
 * answer, error and HTTP status must be the one graphql-js's own execution gives — same data,
 * same messages, locations, paths and codes, same 400 for variables that do not coerce.
 */
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { getIntrospectionQuery, parse } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../src/db/database";
import { generateDataset } from "../../scripts/generator";
import { createContext } from "../../src/graphql/context";
import { appSchema } from "../../src/schema";
import { createPipeline } from "../../src/server";
import type { GraphQLPipeline } from "../../src/graphql/pipeline";
import { queryMix, type MixArguments } from "../../scripts/bench/mix";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(() => generateDataset({ scale: "tiny", seed: 11 }));

type Operation = { query: string; variables?: Record<string, unknown> };

const OPERATIONS: Record<string, Operation> = {
  "a page with variables, fragments, aliases, @skip and __typename": {
    query: `query Page($partners: Int!, $skipTitle: Boolean = true) { __typename missing: actor(id: "no-such-actor") { id } countries { __typename code
        first: partners(first: $partners) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...Partner } } }
        one: partners(first: 1) { edges { node { id title: name @skip(if: $skipTitle) } } } } }
      fragment Partner on Actor { id name partnerships { id ... on Partnership { title activities(first: 2, orderBy: NEWEST_FIRST) { edges { node { id date } } } } } }`,
    variables: { partners: 3 },
  },
  "the interface Engagement, resolved by __typename": {
    query: `query ($from: ID!, $to: ID!) { connection(fromId: $from, toId: $to) { steps actors { id }
      via { __typename id ... on Partnership { title } ... on Activity { date } ... on Project { title } } } }`,
    variables: { from: "au-00129", to: "ps-00001" },
  },
  "analytics with input objects, enums and defaults": {
    query: `{ partnerCoverage(period: { fromYear: 2016, toYear: 2020 }, kinds: [NGO, LOCALITY]) { rows { country { code } }
        totals { partners } }
      partnershipEffectiveness(period: { fromYear: 2015, toYear: 2024 }) { partnership { id } score dormant flags } }`,
  },
  "a bad argument below the root (the error nulls the whole answer: the field is non-null)": {
    query: `{ actor(id: "no-such-actor") { id } actors(first: 101) { totalCount } countries { code } }`,
  },
  "an unknown id given to an analytic": { query: `{ collaborators(actorId: "no-such-actor") { id } }` },
  "a variable of the wrong type": { query: `query ($n: Int!) { actors(first: $n) { totalCount } }`, variables: { n: "many" } },
  "a missing required variable": { query: `query ($n: Int!) { actors(first: $n) { totalCount } }` },
  "an enum value that does not exist, in a variable": {
    query: `query ($kinds: [ActorKind!]) { partnerCoverage(period: { fromYear: 2016, toYear: 2020 }, kinds: $kinds) { totals { partners } } }`,
    variables: { kinds: ["DRAGON"] },
  },
  introspection: { query: getIntrospectionQuery() },
};

/** The same pipeline as `npm start`'s, except that graphql-js's interpreter executes. */
async function interpretingPipeline(): Promise<GraphQLPipeline> {
  return createPipeline(await appSchema(), { production: false, log: () => {}, execution: "graphql-js" });
}

async function answer(pipeline: GraphQLPipeline, operation: Operation, db: Database = fixture.db) {
  const { status, result } = await pipeline.run(operation, createContext(db));
  return { status, body: result };
}

let interpreting: GraphQLPipeline;
beforeAll(async () => {
  interpreting = await interpretingPipeline();
  // The Engagement operation needs a partnership's two parties.
  const { data } = await fixture.gql.run(`{ partnership(id: "ps-00001") { domesticParties { id } foreignParties { id } } }`);
  OPERATIONS["the interface Engagement, resolved by __typename"].variables = {
    from: data!.partnership.domesticParties[0].id,
    to: data!.partnership.foreignParties[0].id,
  };
});

describe.each(Object.entries(OPERATIONS))("%s", (_name, operation) => {
  it("is answered exactly as graphql-js answers it", async () => {
    const compiled = await answer(fixture.gql.pipeline, operation);
    const interpreted = await answer(interpreting, operation);
    expect(compiled).toEqual(interpreted);
  });
});

describe("an error that is not a GraphQLError (the database is gone)", () => {
  it("is masked as graphql-js's would be: SERVICE_UNAVAILABLE, with its path", async () => {
    const gone = new Database(neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", ""), { connectionTimeout: 2000, maxTransactionRetryTime: 0 }));
    try {
      const operation = { query: `{ countries { code } }` };
      const compiled = await answer(fixture.gql.pipeline, operation, gone);
      expect(compiled).toEqual(await answer(interpreting, operation, gone));
      expect(compiled.body.errors).toEqual([{ message: "The database is unavailable; try again later", path: ["countries"], extensions: { code: "SERVICE_UNAVAILABLE" } }]);
    } finally {
      await gone.close();
    }
  });
});

describe("what the operations above exercise", () => {
  it("includes data, errors with locations and paths, a 400 and the Engagement types", async () => {
    const results = await Promise.all(Object.values(OPERATIONS).map((operation) => answer(fixture.gql.pipeline, operation)));
    const [page, engagement, analytics, mixed, unknown, wrongType, missing, badEnum] = results;
    expect((page.body.data?.countries as unknown[]).length).toBeGreaterThan(0);
    expect((engagement.body.data?.connection as { via: { __typename: string }[] }).via.map((v) => v.__typename)).toEqual(["Partnership"]);
    expect(analytics.body.errors).toBeUndefined();
    expect(page.body.data?.missing).toBeNull();
    expect(mixed.body.data).toBeNull();
    expect(mixed.body.errors).toEqual([
      {
        message: "first: must be between 0 and 100, got 101",
        path: ["actors"],
        locations: [{ line: 1, column: 37 }],
        extensions: { code: "BAD_USER_INPUT", argument: "first" },
      },
    ]);
    expect(unknown.body.errors?.[0]).toMatchObject({ path: ["collaborators"], extensions: { code: "BAD_USER_INPUT" } });
    for (const rejected of [wrongType, missing, badEnum]) {
      expect(rejected.status).toBe(400);
      expect(rejected.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("compilation", () => {
  it("compiles every operation of the benchmark mix (none falls back to graphql-js)", async () => {
    const schema = await appSchema();
    const args: MixArguments = { planId: "p", fromYear: 2016, toYear: 2020, searchText: "x", smallPartnerId: "a", farPartnerId: "b" };
    for (const item of queryMix(args)) {
      expect(isCompiledQuery(compileQuery(schema, parse(item.service.query))), item.name).toBe(true);
    }
  });
});
