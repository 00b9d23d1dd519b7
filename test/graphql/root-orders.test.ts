/**
 * The root lists' orders and filters: every order pages through the whole list without losing or
 * repeating an item (ties broken by id), a cursor of another order is refused, and each filter keeps
 * exactly the matching items. On the demo dataset, compared with its records.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import { fold } from "../../src/domain/fold";
import { graphqlFixture } from "../support/graphql";

const demo = JSON.parse(fs.readFileSync(DEMO_FILE, "utf8"));
const f = graphqlFixture(() => demo);

async function data(query: string, variables: Record<string, unknown> = {}) {
  const result = await f.gql.run(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

/** Every id of a root list, read page by page (pages of 7 so that pages end inside runs of equal dates). */
async function readAll(field: string, args: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: any = (await data(`query ($after: String) { ${field}(first: 7, after: $after${args ? `, ${args}` : ""}) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after }))[field];
    ids.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error("too many pages");
}

const by = <T>(key: (x: T) => string, desc = false) => (a: T, b: T) => {
  const [ka, kb] = [key(a), key(b)];
  const c = ka < kb ? -1 : ka > kb ? 1 : 0;
  return desc ? -c : c;
};

describe("orderBy on the root lists", () => {
  it.each([
    ["activities", "orderBy: NEWEST_FIRST", demo.activities, (a: any) => `${a.date}|${a.id}`, true],
    ["activities", "orderBy: OLDEST_FIRST", demo.activities, (a: any) => `${a.date}|${a.id}`, false],
    ["partnerships", "orderBy: NEWEST_FIRST", demo.partnerships, (p: any) => `${p.signedOn}|${p.id}`, true],
    ["partnerships", "orderBy: OLDEST_FIRST", demo.partnerships, (p: any) => `${p.signedOn}|${p.id}`, false],
    ["projects", "orderBy: NEWEST_FIRST", demo.projects, (p: any) => `${p.startOn}|${p.id}`, true],
    ["actors", "orderBy: NAME", demo.actors, (a: any) => `${a.name}\u0000${a.id}`, false],
  ])("%s(%s) pages through every item in order", async (field, args, records, key, desc) => {
    const expected = [...(records as any[])].sort(by(key as (x: any) => string, desc as boolean)).map((r) => r.id);
    expect(await readAll(field as string, args as string)).toEqual(expected);
  });

  it("refuses a cursor taken from a list in another order, naming `after`", async () => {
    const page = await data(`{ activities(first: 1, orderBy: NEWEST_FIRST) { pageInfo { endCursor } } }`);
    const result = await f.gql.run(`query ($after: String) { activities(first: 1, after: $after) { totalCount } }`, { after: page.activities.pageInfo.endCursor });
    expect(result.errors?.[0].message).toMatch(/^after: .*another order/);
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses an order a nested list does not offer", async () => {
    const result = await f.gql.run(`{ partnership(id: "ps-kh-wakayama") { activities(orderBy: OLDEST_FIRST) { totalCount } } }`);
    expect(result.errors?.[0].message).toMatch(/^orderBy: /);
  });
});

describe("the filters the views need", () => {
  const ids = async (query: string) => (await data(query))[Object.keys(await data(query))[0]].edges.map((e: any) => e.node.id).sort();

  it("actors by a name substring, ignoring case and diacritics", async () => {
    const expected = demo.actors.filter((a: any) => ["khanh", "hoa"].every((t) => fold(a.name).includes(t) || fold(a.nameVi ?? "").includes(t))).map((a: any) => a.id).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(await ids(`{ actors(first: 100, filter: {nameContains: "Khánh HÒA"}) { edges { node { id } } } }`)).toEqual(expected);
  });

  it("partnerships of several kinds, signed or ended in a range of days", async () => {
    const expected = demo.partnerships.filter((p: any) => ["SISTER_LOCALITY", "FRIENDSHIP"].includes(p.kind) && p.signedOn >= "2014-01-01" && p.signedOn <= "2018-12-31").map((p: any) => p.id).sort();
    expect(await ids(`{ partnerships(first: 100, filter: {kinds: [SISTER_LOCALITY, FRIENDSHIP], signedFrom: "2014-01-01", signedTo: "2018-12-31"}) { edges { node { id } } } }`)).toEqual(expected);
    const ended = demo.partnerships.filter((p: any) => p.endedOn && p.endedOn >= "2018-01-01" && p.endedOn <= "2020-12-31").map((p: any) => p.id).sort();
    expect(await ids(`{ partnerships(first: 100, filter: {endedFrom: "2018-01-01", endedTo: "2020-12-31"}) { edges { node { id } } } }`)).toEqual(ended);
  });

  it("activities an actor organised, with a title substring", async () => {
    const expected = demo.activities.filter((a: any) => a.organizerIds.includes("vn-kh-ufo") && a.title.toLowerCase().includes("tết")).map((a: any) => a.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(`{ activities(first: 100, filter: {organizerId: "vn-kh-ufo", titleContains: "TẾT"}) { edges { node { id } } } }`)).toEqual(expected);
  });

  it("projects of several statuses and funding types, started in a range, implemented by an actor", async () => {
    const expected = demo.projects.filter((p: any) => ["ACTIVE", "COMPLETED"].includes(p.status) && ["ODA", "NGO_AID"].includes(p.fundingType) && p.startOn >= "2016-01-01" && p.implementerIds.includes("vn-kh-dpi")).map((p: any) => p.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(`{ projects(first: 100, filter: {statuses: [ACTIVE, COMPLETED], fundingTypes: [ODA, NGO_AID], startFrom: "2016-01-01", implementerId: "vn-kh-dpi"}) { edges { node { id } } } }`)).toEqual(expected);
  });

  it("refuses a bad date naming the filter field", async () => {
    const result = await f.gql.run(`{ projects(filter: {startFrom: "2016-02-30"}) { totalCount } }`);
    expect(result.errors?.[0].message).toMatch(/^filter\.startFrom: /);
  });
});
