/**
 * The benchmark compares like with like: for the items all three targets answer, the floor's
 * Cypher, the service and the Neo4j GraphQL Library give the same data (on the demo dataset).
 */
import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { queryMix, type MixArguments, type MixItem } from "../../scripts/bench/mix";
import { neo4jGraphqlSchema, runFloor } from "../../scripts/bench/targets";
import { DEMO_FILE } from "../../src/dataset/demo";
import { readDatasetFile } from "../../src/dataset/file";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(() => readDatasetFile(DEMO_FILE));

const ARGS: MixArguments = {
  planId: "plan-2017-2020", fromYear: 2017, toYear: 2020, searchText: "khanh hoa", smallPartnerId: "ru-irkutsk", farPartnerId: "kr-koica",
};
const item = (name: string): MixItem => queryMix(ARGS).find((i) => i.name === name)!;

async function answers(name: string) {
  const mix = item(name);
  const service = await fixture.gql.run(mix.service.query, mix.service.variables);
  expect(service.errors).toBeUndefined();
  const floor = await runFloor(fixture.db.driver, mix.floor);
  const library = mix.neo4jGraphql
    ? await graphql({ schema: await neo4jGraphqlSchema(fixture.db.driver), source: mix.neo4jGraphql.query, variableValues: mix.neo4jGraphql.variables, contextValue: {} })
    : null;
  expect(library?.errors).toBeUndefined();
  return { service: service.data!, floor, library: library?.data as Record<string, any> | undefined };
}

describe("the benchmark's query mix", () => {
  it("page: the three targets return the same countries, partners, partnerships and activities", async () => {
    const { service, floor, library } = await answers("page");
    const fromService = service.countries.map((c: any) => ({
      code: c.code, name: c.name,
      partners: c.partners.edges.map(({ node: p }: any) => ({
        id: p.id, name: p.name,
        partnerships: p.partnerships.map((ps: any) => ({ id: ps.id, title: ps.title, activities: ps.activities.edges.map((e: any) => e.node) })),
      })),
    }));
    expect(fromService.length).toBeGreaterThan(10);
    expect(fromService.some((c: any) => c.partners.some((p: any) => p.partnerships.some((ps: any) => ps.activities.length === 5)))).toBe(true);
    expect(floor[0]).toEqual(fromService);
    expect(library!.countries).toEqual(fromService);
  });

  it("search: the library's filter on the folded text finds the same actors", async () => {
    const { service, floor, library } = await answers("search");
    const ids = service.search.map((a: any) => a.id);
    expect(ids.length).toBeGreaterThan(3);
    // The statement returns the projected values as a list, the id first.
    expect((floor[0] as any[]).map((r) => r.node[0])).toEqual(ids);
    expect(library!.actors.map((a: any) => a.id).sort()).toEqual([...ids].sort());
  });

  it.each(["coverage", "effectiveness", "collaborators", "connection", "agreements", "permits", "planProgress", "sectors", "regions"])("%s: the floor's statements run with the mix's parameters", async (name) => {
    const { floor } = await answers(name);
    expect(floor.every((rows) => Array.isArray(rows))).toBe(true);
    expect(floor.some((rows) => (rows as unknown[]).length > 0)).toBe(true);
  });
});
