/** Runs GraphQL operations in-process through the service's real pipeline and schema. */
import { afterAll, beforeAll } from "vitest";
import { importDataset } from "../../src/dataset/import";
import { connectTestDb, resetGraph, statementsDuring } from "./db";
import type { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { appSchema } from "../../src/schema";
import { createPipeline } from "../../src/server";

export interface GqlResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

type ContextOptions = NonNullable<Parameters<typeof createContext>[1]>;

export async function createGraphQL(db: Database, logged: unknown[] = []) {
  const pipeline = createPipeline(await appSchema(), { production: false, log: (e) => logged.push(e) });
  return {
    pipeline,
    /** Runs the operation; `options` as for createContext (e.g. `{ nested: false }` to compare, or a caller). */
    async run(query: string, variables: Record<string, unknown> = {}, options: ContextOptions = {}): Promise<GqlResult> {
      const { result } = await pipeline.run({ query, variables }, createContext(db, options));
      return result as GqlResult;
    },
    /** Runs the operation and counts the Cypher statements it sent. */
    async counted(
      query: string,
      variables: Record<string, unknown> = {},
      options: ContextOptions = {},
    ): Promise<{ result: GqlResult; roundTrips: number; queries: string[] }> {
      let result!: GqlResult;
      const sent = await statementsDuring(db, async () => {
        result = await this.run(query, variables, options);
      });
      return { result, roundTrips: sent.length, queries: sent.map((event) => event.name) };
    },
    stop: async () => {},
  };
}

export type TestGraphQL = Awaited<ReturnType<typeof createGraphQL>>;

/**
 * The usual set-up of a GraphQL test file: before all tests, a connection, an empty graph with
 * `dataset` imported, and an in-process GraphQL server; after them, both closed.
 * Fields are filled in by `beforeAll`: read them inside tests, not at module level.
 */
export function graphqlFixture(dataset: () => unknown | Promise<unknown>): { db: Database; gql: TestGraphQL } {
  const fixture = {} as { db: Database; gql: TestGraphQL };
  beforeAll(async () => {
    fixture.db = await connectTestDb();
    await resetGraph(fixture.db);
    await importDataset(fixture.db, await dataset());
    fixture.gql = await createGraphQL(fixture.db);
  });
  afterAll(async () => {
    await fixture.gql?.stop();
    await fixture.db?.close();
  });
  return fixture;
}
