/**
 * The entity API's v2 fields and filters (SPEC "Dataset and analytics v2"): a partnership's agreement
 * (its computed expiry, renewals, report date, commitments), an NGO's permits, an activity's venue,
 * delegation and task, Vietnamese titles, and the filters by sector, venue, task and region. On the
 * hand-counted dataset of test/fixtures/v2.ts, with a few descriptive fields added.
 */
import { describe, expect, it } from "vitest";
import { v2AnalyticsDataset } from "../fixtures/v2";
import { graphqlFixture } from "../support/graphql";

function dataset() {
  const data = v2AnalyticsDataset();
  const activity = (id: string) => data.activities.find((a) => a.id === id)! as Record<string, unknown>;
  Object.assign(activity("a1"), { titleVi: "Đoàn vào tỉnh", venueCountry: "VN", delegationSize: 12 });
  Object.assign(activity("a2"), { venueCountry: "JP", delegationSize: 5 });
  Object.assign(data.partnerships.find((p) => p.id === "ps-a")!, { titleVi: "Khánh Hòa – Tỉnh Ví Dụ" });
  Object.assign(data.projects.find((p) => p.id === "prj-e")!, { titleVi: "Rừng ngập mặn" });
  data.actors.push({ id: "expert", kind: "PERSON", side: "FOREIGN", name: "An Expert", country: "JP" });
  return data;
}

const fixture = graphqlFixture(dataset);

async function data(query: string, variables: Record<string, unknown> = {}) {
  const result = await fixture.gql.run(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

describe("Partnership's agreement fields", () => {
  it("computes the expiry from renewals, an expiry date or a term, and returns the agreement as recorded", async () => {
    const { partnerships } = await data(`{ partnerships(first: 100) { edges { node {
      id titleVi documentNumber expiresOn termYears reportedOn renewals { renewedOn expiresOn }
    } } } }`);
    const byId = Object.fromEntries(partnerships.edges.map((e: any) => [e.node.id, e.node]));
    // 2016-02-29 + 5 years lands on 28 February
    expect(byId["ps-a"]).toEqual({
      id: "ps-a", titleVi: "Khánh Hòa – Tỉnh Ví Dụ", documentNumber: "01/KN", expiresOn: "2021-02-28", termYears: 5, reportedOn: "2016-03-15", renewals: [],
    });
    expect(byId["ps-b"]).toMatchObject({ expiresOn: "2020-12-30", termYears: null, reportedOn: "2018-06-20" });
    // the renewal with the greatest renewedOn decides, wherever it is listed; renewals listed by date
    expect(byId["ps-c"]).toMatchObject({
      expiresOn: "2023-12-01",
      renewals: [{ renewedOn: "2018-11-01", expiresOn: "2020-12-31" }, { renewedOn: "2018-12-01", expiresOn: "2023-12-01" }],
    });
    expect(byId["ps-d"]).toMatchObject({ expiresOn: null, documentNumber: "04", titleVi: null });
  });

  it("agrees with agreementReview's expiry when asked on its own", async () => {
    const { partnership } = await data(`{ partnership(id: "ps-c") { expiresOn } }`);
    const { agreementReview } = await data(`{ agreementReview(period: {fromYear: 2018, toYear: 2020}) { partnership { id } expiresOn } }`);
    expect(agreementReview.find((r: any) => r.partnership.id === "ps-c").expiresOn).toBe(partnership.expiresOn);
  });

  it("lists the commitments in the order recorded", async () => {
    const { partnership } = await data(`{ partnership(id: "ps-a") { commitments { id description kind target perYear activityKinds } } }`);
    expect(partnership.commitments).toEqual([
      { id: "c-delegations", description: "Two delegations a year", kind: "ACTIVITIES", target: 2, perYear: true, activityKinds: ["DELEGATION_IN", "DELEGATION_OUT"] },
      { id: "c-funds", description: "USD 1 000 of aid", kind: "FUNDS_USD", target: 1000, perYear: false, activityKinds: [] },
      { id: "c-any", description: "One activity a year", kind: "ACTIVITIES", target: 1, perYear: true, activityKinds: [] },
    ]);
    const plain = await data(`{ partnership(id: "ps-f") { commitments { id } renewals { renewedOn } } }`);
    expect(plain.partnership).toEqual({ commitments: [], renewals: [] });
  });

  it("reads the agreement below a list too (nested reads)", async () => {
    const { actor } = await data(`{ actor(id: "ufo") { partnerships { id expiresOn commitments { id } } } }`);
    expect(actor.partnerships).toEqual([{ id: "ps-c", expiresOn: "2023-12-01", commitments: [] }]);
  });
});

describe("Actor's permits and kinds", () => {
  it("lists an NGO's permits with their holder; none for others", async () => {
    const { ngo, other, permit } = await data(`{
      ngo: actor(id: "ngo-b") { permits { id kind number issuedOn expiresOn sectors holder { id } } }
      other: actor(id: "kh") { permits { id } }
      permit: permit(id: "pm-a") { id expiresOn holder { id name } }
    }`);
    expect(ngo.permits).toEqual([{ id: "pm-b", kind: "PROJECT_OFFICE", number: "B-1", issuedOn: "2019-01-01", expiresOn: "2021-03-01", sectors: [], holder: { id: "ngo-b" } }]);
    expect(other.permits).toEqual([]);
    expect(permit).toEqual({ id: "pm-a", expiresOn: null, holder: { id: "ngo-a", name: "NGO A" } });
  });

  it("knows the PERSON kind and filters actors by region", async () => {
    const { persons, international, eastAsia } = await data(`{
      persons: actors(filter: {kinds: [PERSON]}) { edges { node { id kind } } }
      international: actors(filter: {regions: [INTERNATIONAL]}) { edges { node { id } } }
      eastAsia: actors(filter: {regions: [EAST_ASIA], kinds: [NGO]}) { edges { node { id } } }
    }`);
    expect(persons.edges).toEqual([{ node: { id: "expert", kind: "PERSON" } }]);
    expect(ids(international)).toEqual(["bank"]);
    expect(ids(eastAsia)).toEqual(["ngo-a", "ngo-c"]);
  });
});

describe("Activity's venue, delegation and task", () => {
  it("returns the venue country, the delegation size, the task and the Vietnamese title", async () => {
    const { activity, plain } = await data(`{
      activity(id: "a1") { titleVi venueCountry { code name } delegationSize task { id title } }
      plain: activity(id: "a6") { titleVi venueCountry { code } delegationSize task { id } }
    }`);
    expect(activity).toEqual({ titleVi: "Đoàn vào tỉnh", venueCountry: { code: "VN", name: "Viet Nam" }, delegationSize: 12, task: { id: "t1", title: "Delegations" } });
    expect(plain).toEqual({ titleVi: null, venueCountry: null, delegationSize: null, task: null });
  });

  it("filters by venue country, task and sectors (any of)", async () => {
    const { venue, task, sectors, both } = await data(`{
      venue: activities(filter: {venueCountry: "JP"}) { edges { node { id } } }
      task: activities(filter: {taskId: "t2"}) { edges { node { id } } }
      sectors: activities(filter: {sectors: [TRADE, HEALTH]}) { edges { node { id } } }
      both: activities(filter: {taskId: "t1", from: "2018-01-01"}) { edges { node { id } } }
    }`);
    expect(ids(venue)).toEqual(["a2"]);
    expect(ids(task)).toEqual(["a3", "a5"]);
    expect(ids(sectors)).toEqual(["a2", "a4", "a5"]);
    expect(ids(both)).toEqual(["a1", "a2"]);
  });

  it("finds a title by its Vietnamese words", async () => {
    const { activities, projects, partnerships } = await data(`{
      activities(filter: {titleContains: "đoàn vào"}) { edges { node { id } } }
      projects(filter: {titleContains: "ngập mặn"}) { edges { node { id titleVi } } }
      partnerships(filter: {titleContains: "tỉnh ví dụ"}) { edges { node { id } } }
    }`);
    expect(ids(activities)).toEqual(["a1"]);
    expect(projects.edges).toEqual([{ node: { id: "prj-e", titleVi: "Rừng ngập mặn" } }]);
    expect(ids(partnerships)).toEqual(["ps-a"]);
  });

  it("refuses a venue country that is not a code, naming the argument", async () => {
    const result = await fixture.gql.run(`{ activities(filter: {venueCountry: "Japan"}) { totalCount } }`);
    expect(result.errors?.[0].message).toMatch(/filter\.venueCountry/);
  });
});

describe("sector filters on partnerships and projects", () => {
  it("keeps the items in any of the sectors", async () => {
    const { partnerships, projects } = await data(`{
      partnerships(filter: {sectors: [TRADE]}) { edges { node { id } } }
      projects(filter: {sectors: [ENVIRONMENT]}) { edges { node { id } } }
    }`);
    expect(ids(partnerships)).toEqual(["ps-b", "ps-f"]);
    expect(ids(projects)).toEqual(["prj-e", "prj-old"]);
  });
});
