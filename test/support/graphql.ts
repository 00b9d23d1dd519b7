/** Runs GraphQL operations in-process through the real Apollo server and schema. */
import { ApolloServer } from "@apollo/server";
import type { Database } from "../../src/db/database";
import { createContext, type Context } from "../../src/graphql/context";
import { appSchema } from "../../src/graphql/schema";
import { apolloOptions } from "../../src/server";

export interface GqlResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export async function createGraphQL(db: Database, logged: unknown[] = []) {
  const server = new ApolloServer<Context>(apolloOptions(await appSchema(), { production: false, log: (e) => logged.push(e) }));
  await server.start();
  return {
    server,
    async run(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db) });
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as GqlResult;
    },
    /** Runs the operation and counts the Cypher statements it sent. */
    async counted(query: string, variables: Record<string, unknown> = {}): Promise<{ result: GqlResult; roundTrips: number; queries: string[] }> {
      const queries: string[] = [];
      const off = db.onQuery((e) => queries.push(e.name));
      try {
        const result = await this.run(query, variables);
        return { result, roundTrips: queries.length, queries };
      } finally {
        off();
      }
    },
    stop: () => server.stop(),
  };
}
