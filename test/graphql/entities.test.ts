/**
 * The entity surface of the GraphQL API on the small hand-made fixture (test/fixtures/small.ts):
 * every query, relation field and filter. Expected values are read off the fixture by hand.
 */
import { describe, expect, it } from "vitest";
import type { Caller } from "../../src/identity/caller";
import { smallDataset } from "../fixtures/small";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(() => smallDataset());

async function data(query: string, variables: Record<string, unknown> = {}, caller?: Caller) {
  const result = await fixture.gql.run(query, variables, { caller });
  expect(result.errors).toBeUndefined();
  return result.data;
}

async function errorOf(query: string, variables: Record<string, unknown> = {}) {
  const result = await fixture.gql.run(query, variables);
  expect(result.errors).toHaveLength(1);
  return { message: result.errors![0].message, code: result.errors![0].extensions?.code };
}

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

describe("actor", () => {
  it("returns an actor with its scalar fields (the contact to an EDITOR or ADMIN only)", async () => {
    const query = `{ actor(id: "kh-dofa") { id kind side name nameVi countryCode level website contact { name email phone } validFrom validTo } }`;
    expect(await data(query)).toMatchObject({ actor: { id: "kh-dofa", contact: null } });
    expect(await data(query, {}, { kind: "user", sub: "v", role: "VIEWER", unitId: null })).toMatchObject({ actor: { contact: null } });
    expect(await data(query, {}, { kind: "user", sub: "e", role: "EDITOR", unitId: "kh-dofa" })).toEqual({
      actor: {
        id: "kh-dofa", kind: "GOVERNMENT_AGENCY", side: "DOMESTIC", name: "Department of Foreign Affairs", nameVi: "Sở Ngoại vụ",
        countryCode: "VN", level: null, website: "https://example.org/dofa", contact: { name: null, email: "dofa@example.org", phone: null },
        validFrom: null, validTo: null,
      },
    });
  });

  it("returns null for an unknown id", async () => {
    expect(await data(`{ actor(id: "nobody") { id } }`)).toEqual({ actor: null });
  });

  it("resolves country, parent, children, successors, predecessors and partnerships", async () => {
    expect(await data(`{
      kh: actor(id: "kh") { country { code name } parent { id } children { id } successors { id } predecessors { id } partnerships { id } }
      old: actor(id: "nt-old") { validTo successors { id } }
      nt: actor(id: "kh-nt") { parent { id } partnerships { id } }
    }`)).toEqual({
      kh: {
        country: { code: "VN", name: "Vietnam" }, parent: null, children: [{ id: "kh-dofa" }, { id: "kh-nt" }],
        successors: [], predecessors: [{ id: "nt-old" }], partnerships: [{ id: "ps-jp" }],
      },
      old: { validTo: "2025-06-30", successors: [{ id: "kh" }] },
      nt: { parent: { id: "kh" }, partnerships: [{ id: "ps-fr" }] },
    });
  });

  it("resolves memberships from both ends", async () => {
    expect(await data(`{
      member: actor(id: "kh-ufo") { memberships { id role since until member { id } organization { id } } }
      org: actor(id: "kh-dofa") { members { id member { id } } memberships { id } }
    }`)).toEqual({
      member: { memberships: [{ id: "membership:kh-ufo:kh-dofa:2010-01-01", role: "coordinator", since: "2010-01-01", until: null, member: { id: "kh-ufo" }, organization: { id: "kh-dofa" } }] },
      org: { members: [{ id: "membership:kh-ufo:kh-dofa:2010-01-01", member: { id: "kh-ufo" } }], memberships: [] },
    });
  });
});

describe("actors", () => {
  it("lists every actor in id order", async () => {
    const result = await data(`{ actors { totalCount edges { node { id } } } }`);
    expect(result!.actors.totalCount).toBe(10);
    expect(ids(result!.actors)).toEqual(["de-ngo", "fr-city", "fr-ovs", "jp-ngo", "jp-pref", "kh", "kh-dofa", "kh-nt", "kh-ufo", "nt-old"]);
  });

  it.each([
    [{ side: "FOREIGN" }, ["de-ngo", "fr-city", "fr-ovs", "jp-ngo", "jp-pref"]],
    [{ kinds: ["LOCALITY"] }, ["fr-city", "jp-pref", "kh", "kh-nt", "nt-old"]],
    [{ country: "JP" }, ["jp-ngo", "jp-pref"]],
    [{ side: "FOREIGN", kinds: ["NGO"] }, ["de-ngo", "jp-ngo"]],
    [{ side: "DOMESTIC", country: "JP" }, []],
  ])("filters by %j", async (filter, expected) => {
    const result = await data(`query ($f: ActorFilter) { actors(filter: $f) { totalCount edges { node { id } } } }`, { f: filter });
    expect(ids(result!.actors)).toEqual(expected);
    expect(result!.actors.totalCount).toBe(expected.length);
  });

  it("rejects a malformed country code, naming the argument", async () => {
    expect(await errorOf(`{ actors(filter: { country: "jp" }) { totalCount } }`)).toEqual({
      message: 'filter.country: must be an ISO 3166-1 alpha-2 code such as "JP", got "jp"', code: "BAD_USER_INPUT",
    });
  });
});

describe("partnership", () => {
  it("returns its fields and relations", async () => {
    expect(await data(`{ partnership(id: "ps-ngo") {
      id kind title signedOn endedOn sectors
      domesticParties { id } foreignParties { id } reviews { id } projects { id }
      activities { totalCount edges { node { id } } }
    } }`)).toEqual({
      partnership: {
        id: "ps-ngo", kind: "AID_PROGRAM", title: "Example NGO aid", signedOn: "2020-01-01", endedOn: null, sectors: [],
        domesticParties: [{ id: "kh-dofa" }, { id: "kh-ufo" }], foreignParties: [{ id: "de-ngo" }, { id: "jp-ngo" }],
        reviews: [], projects: [{ id: "prj-1" }], activities: { totalCount: 1, edges: [{ node: { id: "act-4" } }] },
      },
    });
  });

  it("lists reviews by year, with reviewer and partnership", async () => {
    expect(await data(`{ partnership(id: "ps-jp") { endedOn sectors reviews { id year score recommendation reviewedOn findings reviewer { id } partnership { id } } } }`)).toEqual({
      partnership: {
        endedOn: null, sectors: ["CULTURE", "TOURISM"],
        reviews: [
          { id: "rev-1", year: 2018, score: 4, recommendation: "STRENGTHEN", reviewedOn: "2018-12-20", findings: null, reviewer: { id: "kh-dofa" }, partnership: { id: "ps-jp" } },
          { id: "rev-2", year: 2019, score: 3, recommendation: "CONTINUE", reviewedOn: "2019-12-20", findings: "Fewer exchanges", reviewer: { id: "kh-dofa" }, partnership: { id: "ps-jp" } },
        ],
      },
    });
  });

  it("pages its activities", async () => {
    const first = await data(`{ partnership(id: "ps-jp") { activities(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } } }`);
    const page = first!.partnership.activities;
    expect(ids(page)).toEqual(["act-1"]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await data(`query ($after: String) { partnership(id: "ps-jp") { activities(first: 1, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } } }`, {
      after: page.pageInfo.endCursor,
    });
    expect(ids(second!.partnership.activities)).toEqual(["act-2"]);
    expect(second!.partnership.activities.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });
});

describe("partnerships", () => {
  it.each([
    [null, ["ps-fr", "ps-jp", "ps-ngo"]],
    [{ kind: "SISTER_LOCALITY" }, ["ps-fr", "ps-jp"]],
    [{ country: "JP" }, ["ps-jp", "ps-ngo"]],
    [{ country: "DE" }, ["ps-ngo"]],
    [{ domesticPartyId: "kh-ufo" }, ["ps-ngo"]],
    // ps-fr ended 2019-12-31, the day before 2020 began; ps-ngo was signed on 2020-01-01.
    [{ inForceDuring: { fromYear: 2020, toYear: 2020 } }, ["ps-jp", "ps-ngo"]],
    [{ inForceDuring: { fromYear: 2019, toYear: 2019 } }, ["ps-fr", "ps-jp"]],
    [{ inForceDuring: { fromYear: 2015, toYear: 2015 } }, ["ps-jp"]],
    [{ kind: "SISTER_LOCALITY", inForceDuring: { fromYear: 2016, toYear: 2020 } }, ["ps-fr", "ps-jp"]],
  ])("filters by %j", async (filter, expected) => {
    const result = await data(`query ($f: PartnershipFilter) { partnerships(filter: $f) { totalCount edges { node { id } } } }`, { f: filter });
    expect(ids(result!.partnerships)).toEqual(expected);
    expect(result!.partnerships.totalCount).toBe(expected.length);
  });

  it("rejects a period that ends before it starts", async () => {
    expect(await errorOf(`{ partnerships(filter: { inForceDuring: { fromYear: 2020, toYear: 2019 } }) { totalCount } }`)).toEqual({
      message: "filter.inForceDuring.toYear: must not be before fromYear (2020), got 2019", code: "BAD_USER_INPUT",
    });
  });
});

describe("activities", () => {
  it("returns an activity's fields and relations", async () => {
    expect(await data(`{ activity(id: "act-1") { id kind title date endDate sectors funds { amount currency } outcome partnership { id } organizers { id } participants { id } } }`)).toEqual({
      activity: {
        id: "act-1", kind: "DELEGATION_IN", title: "Prefecture delegation", date: "2018-01-01", endDate: null, sectors: [],
        funds: { amount: 1000000, currency: "JPY" }, outcome: "MoU renewed", partnership: { id: "ps-jp" },
        organizers: [{ id: "kh-dofa" }], participants: [{ id: "jp-pref" }],
      },
    });
  });

  it.each([
    [null, ["act-1", "act-2", "act-3", "act-4"]],
    [{ partnershipId: "ps-jp" }, ["act-1", "act-2"]],
    // JP: act-1 and act-3 through participants, act-2 and act-4 through their partnership's foreign parties.
    [{ country: "JP" }, ["act-1", "act-2", "act-3", "act-4"]],
    [{ country: "FR" }, ["act-3"]],
    [{ country: "DE" }, ["act-4"]],
    // kh-nt takes part in act-3 but is DOMESTIC: Vietnam is not involved as a partner country.
    [{ country: "VN" }, []],
    [{ kinds: ["TRAINING", "CONFERENCE"] }, ["act-3", "act-4"]],
    [{ from: "2018-12-31", to: "2019-12-31" }, ["act-2", "act-3"]],
    [{ from: "2018-01-02" }, ["act-2", "act-3", "act-4"]],
    [{ to: "2018-01-01" }, ["act-1"]],
  ])("filters by %j", async (filter, expected) => {
    const result = await data(`query ($f: ActivityFilter) { activities(filter: $f) { totalCount edges { node { id } } } }`, { f: filter });
    expect(ids(result!.activities)).toEqual(expected);
    expect(result!.activities.totalCount).toBe(expected.length);
  });

  it("rejects a date that is not YYYY-MM-DD, naming the argument", async () => {
    expect(await errorOf(`{ activities(filter: { from: "2019-13-01" }) { totalCount } }`)).toEqual({
      message: 'filter.from: must be a date written YYYY-MM-DD, got "2019-13-01"', code: "BAD_USER_INPUT",
    });
  });
});

describe("projects", () => {
  it("returns a project's fields and relations", async () => {
    expect(await data(`{ project(id: "prj-1") { id title status fundingType startOn endOn sectors dacCode committed { amount currency } disbursed { amount currency }
      partnership { id } funders { id } implementers { id } localities { id } } }`)).toEqual({
      project: {
        id: "prj-1", title: "Clean water", status: "ACTIVE", fundingType: "NGO_AID", startOn: "2020-02-01", endOn: null, sectors: ["HEALTH"],
        dacCode: "14030", committed: { amount: 200000, currency: "USD" }, disbursed: { amount: 50000, currency: "USD" },
        partnership: { id: "ps-ngo" }, funders: [{ id: "jp-ngo" }], implementers: [{ id: "kh-dofa" }], localities: [{ id: "kh-nt" }],
      },
    });
  });

  it.each([
    [null, ["prj-1", "prj-2"]],
    [{ status: "ACTIVE" }, ["prj-1"]],
    [{ country: "JP" }, ["prj-1"]],
    [{ country: "FR" }, ["prj-2"]],
    [{ partnershipId: "ps-ngo" }, ["prj-1"]],
    [{ status: "COMPLETED", country: "JP" }, []],
  ])("filters by %j", async (filter, expected) => {
    const result = await data(`query ($f: ProjectFilter) { projects(filter: $f) { totalCount edges { node { id } } } }`, { f: filter });
    expect(ids(result!.projects)).toEqual(expected);
    expect(result!.projects.totalCount).toBe(expected.length);
  });
});

describe("countries", () => {
  it("lists countries in code order with their partner counts", async () => {
    expect(await data(`{ countries { code partners { totalCount } } }`)).toEqual({
      countries: [
        { code: "DE", partners: { totalCount: 1 } },
        { code: "FR", partners: { totalCount: 2 } },
        { code: "JP", partners: { totalCount: 2 } },
        { code: "LA", partners: { totalCount: 0 } },
        { code: "VN", partners: { totalCount: 0 } },
      ],
    });
  });

  it("returns one country with its paged partners", async () => {
    expect(await data(`{ country(code: "JP") { code name nameVi region asean partners(first: 1) { totalCount pageInfo { hasNextPage } edges { node { id } } } } }`)).toEqual({
      country: {
        code: "JP", name: "Japan", nameVi: "Nhật Bản", region: "EAST_ASIA", asean: false,
        partners: { totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { id: "jp-ngo" } }] },
      },
    });
    expect(await data(`{ country(code: "ZZ") { code } }`)).toEqual({ country: null });
  });
});

describe("plan", () => {
  it("returns the plan with its priority countries, tasks and reports", async () => {
    expect(await data(`{ plan(id: "plan-1") {
      id title titleVi documentNumber issuedOn fromYear toYear reportDeadline issuer { id }
      priorityCountries { code } tasks { id title sectors assignees { id } }
      reports { id year submittedOn summary unit { id } plan { id } }
    } }`)).toEqual({
      plan: {
        id: "plan-1", title: "People-to-people diplomacy plan", titleVi: "Kế hoạch đối ngoại nhân dân", documentNumber: "1234/KH-UBND",
        issuedOn: "2017-04-20", fromYear: 2017, toYear: 2020, reportDeadline: "12-15", issuer: { id: "kh" },
        priorityCountries: [{ code: "FR" }, { code: "JP" }, { code: "LA" }],
        tasks: [
          { id: "task-1", title: "Foreign information", sectors: ["INFORMATION_MEDIA"], assignees: [{ id: "kh-dofa" }] },
          { id: "task-2", title: "Friendship exchanges", sectors: [], assignees: [{ id: "kh-nt" }, { id: "kh-ufo" }] },
        ],
        reports: [
          { id: "rep-1", year: 2018, submittedOn: "2018-12-15", summary: null, unit: { id: "kh-dofa" }, plan: { id: "plan-1" } },
          { id: "rep-2", year: 2018, submittedOn: "2018-12-16", summary: "Late", unit: { id: "kh-ufo" }, plan: { id: "plan-1" } },
        ],
      },
    });
    expect(await data(`{ plan(id: "none") { id } plans { id } }`)).toEqual({ plan: null, plans: [{ id: "plan-1" }] });
  });
});
