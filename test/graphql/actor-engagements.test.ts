/** Actor.activities and Actor.projects: each engagement once, paged in order, counted. */
import { describe, expect, it } from "vitest";
import { smallDataset } from "../fixtures/small";
import { graphqlFixture } from "../support/graphql";

const f = graphqlFixture(() => {
  const d: any = smallDataset();
  // kh-dofa organises act-1 and also takes part in it: it must appear once.
  d.activities.find((a: any) => a.id === "act-1").participantIds = [...(d.activities.find((a: any) => a.id === "act-1").participantIds ?? []), "kh-dofa"];
  return d;
});

async function data(query: string) {
  const result = await f.gql.run(query);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe("Actor.activities and Actor.projects", () => {
  it("lists what the actor organised or took part in, each once, in id order or newest first, with the count", async () => {
    const expected = (smallDataset() as any).activities
      .filter((a: any) => a.organizerIds.includes("kh-dofa") || (a.participantIds ?? []).includes("kh-dofa") || a.id === "act-1")
      .map((a: any) => a.id).sort();
    const { actor } = await data(`{ actor(id: "kh-dofa") { activities(first: 100) { totalCount edges { node { id } } } } }`);
    expect(actor.activities.edges.map((e: any) => e.node.id)).toEqual(expected);
    expect(actor.activities.totalCount).toBe(expected.length);
    const newest = await data(`{ actor(id: "kh-dofa") { activities(first: 100, orderBy: NEWEST_FIRST) { edges { node { id date } } } } }`);
    const dates = newest.actor.activities.edges.map((e: any) => e.node.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("pages without losing or repeating an item", async () => {
    const all = (await data(`{ actor(id: "kh-dofa") { activities(first: 100, orderBy: NEWEST_FIRST) { edges { node { id } } } } }`)).actor.activities.edges.map((e: any) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = (await data(`{ actor(id: "kh-dofa") { activities(first: 1, orderBy: NEWEST_FIRST${after ? `, after: "${after}"` : ""}) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`)).actor.activities;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it("lists the projects the actor funds, implements or is a locality of", async () => {
    const d: any = smallDataset();
    for (const id of ["kh-dofa", "jp-ngo", "kh"]) {
      const expected = d.projects.filter((p: any) => [...p.funderIds, ...p.implementerIds, ...(p.localityIds ?? [])].includes(id)).map((p: any) => p.id).sort();
      const { actor } = await data(`{ actor(id: "${id}") { projects(first: 100) { totalCount edges { node { id } } } } }`);
      expect(actor.projects.edges.map((e: any) => e.node.id), id).toEqual(expected);
      expect(actor.projects.totalCount).toBe(expected.length);
    }
  });
});
