/**
 * connection, collaborators and brokers on the actor graph of test/fixtures/network.ts. Every
 * expected value is worked out by hand from the drawing in that file.
 */
import { describe, expect, it } from "vitest";
import { betweennessScores } from "../../src/analytics/network/betweenness";
import { RankingWorker } from "../../src/analytics/network/ranking";
import { networkDataset } from "../fixtures/network";
import { graphqlFixture } from "../support/graphql";

const fixture = graphqlFixture(networkDataset);

const PATH_FIELDS = `
  steps
  actors { id }
  via {
    __typename
    id
    ... on Partnership { title }
    ... on Activity { date }
    ... on Project { status }
    ... on Membership { role member { id } organization { id } }
  }`;

interface Path {
  steps: number;
  actors: { id: string }[];
  via: { __typename: string; id: string }[];
}

async function connection(fromId: string, toId: string, maxSteps?: number): Promise<Path | null> {
  const result = await fixture.gql.run(
    `query ($fromId: ID!, $toId: ID!, $maxSteps: Int) { connection(fromId: $fromId, toId: $toId, maxSteps: $maxSteps) { ${PATH_FIELDS} } }`,
    { fromId, toId, ...(maxSteps === undefined ? {} : { maxSteps }) },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.connection;
}

/** The path as actor ids and engagement ids, for compact expectations. */
async function route(fromId: string, toId: string, maxSteps?: number) {
  const path = await connection(fromId, toId, maxSteps);
  return path && { steps: path.steps, actors: path.actors.map((a) => a.id), via: path.via.map((e) => e.id) };
}

async function collaborators(actorId: string, degree?: number): Promise<string[]> {
  const result = await fixture.gql.run(
    `query ($actorId: ID!, $degree: Int) { collaborators(actorId: $actorId, degree: $degree) { id } }`,
    { actorId, ...(degree === undefined ? {} : { degree }) },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.collaborators.map((a: { id: string }) => a.id);
}

async function brokers(first?: number): Promise<[string, number][]> {
  const result = await fixture.gql.run(
    `query ($first: Int) { brokers(first: $first) { actor { id } betweenness estimate { method } } }`,
    first === undefined ? {} : { first },
  );
  expect(result.errors).toBeUndefined();
  // A small graph is always ranked exactly.
  expect(result.data!.brokers.filter((b: { estimate: unknown }) => b.estimate !== null)).toEqual([]);
  return result.data!.brokers.map((b: { actor: { id: string }; betweenness: number }) => [b.actor.id, b.betweenness]);
}

async function refused(query: string): Promise<[string, unknown, unknown][] | undefined> {
  const result = await fixture.gql.run(query);
  return result.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument]);
}

describe("connection", () => {
  it("crosses each kind of engagement, with the engagement behind every step", async () => {
    // kh –ps-multi– jp-ngo –act-under– fr-ngo –prj– commune –membership– assoc. The second step
    // exists only because act-under's partners include ps-multi's foreign party jp-ngo.
    const path = await connection("kh", "assoc");
    expect(path).toEqual({
      steps: 4,
      actors: [{ id: "kh" }, { id: "jp-ngo" }, { id: "fr-ngo" }, { id: "commune" }, { id: "assoc" }],
      via: [
        { __typename: "Partnership", id: "ps-multi", title: "Partnership ps-multi" },
        { __typename: "Activity", id: "act-under", date: "2019-05-10" },
        { __typename: "Project", id: "prj", status: "ACTIVE" },
        { __typename: "Membership", id: "membership:assoc:commune", role: "member", member: { id: "assoc" }, organization: { id: "commune" } },
      ],
    });
  });

  it("breaks ties by the smallest list of actor ids, in either direction", async () => {
    // jp-ngo and kr-city are both one step from kh and from fr-ngo: jp-ngo < kr-city.
    expect(await route("assoc", "kh")).toEqual({
      steps: 4,
      actors: ["assoc", "commune", "fr-ngo", "jp-ngo", "kh"],
      via: ["membership:assoc:commune", "prj", "act-under", "ps-multi"],
    });
  });

  it("puts actor ids before engagement ids, then takes the smallest engagement id per step", async () => {
    // t-start → t-end: via t-a (ps-t-z1 or ps-t-z2, then ps-t-z3) or via t-b (ps-t-a, ps-t-b).
    // t-a < t-b decides, although the t-b route has the smaller engagement ids; of ps-t-z1 and
    // ps-t-z2, both between t-start and t-a, ps-t-z1.
    expect(await route("t-start", "t-end")).toEqual({ steps: 2, actors: ["t-start", "t-a", "t-end"], via: ["ps-t-z1", "ps-t-z3"] });
    expect(await route("t-end", "t-start")).toEqual({ steps: 2, actors: ["t-end", "t-a", "t-start"], via: ["ps-t-z3", "ps-t-z1"] });
  });

  it("follows adjacency, not mere participation", async () => {
    // kh-district took part in act-under as a DOMESTIC participant, which is not a partner: it
    // reaches school only through fr-ngo.
    expect(await route("school", "kh-district")).toEqual({ steps: 2, actors: ["school", "fr-ngo", "kh-district"], via: ["act-under", "prj"] });
    // Domestic parties of ps-multi are not partners of act-under: kh reaches school in 2 steps.
    expect(await route("kh", "school")).toEqual({ steps: 2, actors: ["kh", "jp-ngo", "school"], via: ["ps-multi", "act-under"] });
    // One multi-party partnership makes all its parties neighbours.
    expect(await route("agency", "kr-city")).toEqual({ steps: 1, actors: ["agency", "kr-city"], via: ["ps-multi"] });
    expect(await route("leaf-1", "leaf-3")).toEqual({
      steps: 2, actors: ["leaf-1", "hub", "leaf-3"], via: ["membership:leaf-1:hub", "membership:leaf-3:hub:2015-06-01"],
    });
  });

  it("is 0 steps from an actor to itself, isolated or not", async () => {
    expect(await connection("kh", "kh")).toEqual({ steps: 0, actors: [{ id: "kh" }], via: [] });
    expect(await connection("lonely", "lonely")).toEqual({ steps: 0, actors: [{ id: "lonely" }], via: [] });
  });

  it("is null when no path exists within maxSteps", async () => {
    expect(await route("kh", "assoc", 3)).toBeNull();
    expect(await route("kh", "assoc", 4)).toEqual(expect.objectContaining({ steps: 4 }));
    expect(await route("ch-1", "ch-4", 2)).toBeNull();
    expect(await route("ch-1", "ch-4", 3)).toEqual({ steps: 3, actors: ["ch-1", "ch-2", "ch-3", "ch-4"], via: ["ps-ch-12", "ps-ch-23", "ps-ch-34"] });
    expect(await route("kh", "ch-1", 10)).toBeNull(); // another component
    expect(await route("lonely", "kh")).toBeNull(); // isolated
    expect(await route("kh", "lonely", 10)).toBeNull();
  });

  it.each([
    ['connection(fromId: "kh", toId: "assoc", maxSteps: 0) { steps }', "maxSteps: must be an integer between 1 and 10, got 0", "maxSteps"],
    ['connection(fromId: "kh", toId: "assoc", maxSteps: 11) { steps }', "maxSteps: must be an integer between 1 and 10, got 11", "maxSteps"],
    ['connection(fromId: "nobody", toId: "assoc") { steps }', 'fromId: unknown actor "nobody"', "fromId"],
    ['connection(fromId: "kh", toId: "nobody") { steps }', 'toId: unknown actor "nobody"', "toId"],
    ['connection(fromId: "ps-multi", toId: "kh") { steps }', 'fromId: unknown actor "ps-multi"', "fromId"], // an id, but not an actor's
  ])("%s is refused", async (selection, message, argument) => {
    expect(await refused(`{ ${selection} }`)).toEqual([[message, "BAD_USER_INPUT", argument]]);
  });
});

describe("collaborators", () => {
  it("lists the neighbours in id order, by default one step away", async () => {
    expect(await collaborators("kh")).toEqual(["agency", "jp-ngo", "kr-city"]);
    // act-under: its organiser school, its FOREIGN participant fr-ngo, ps-multi's foreign parties.
    expect(await collaborators("school")).toEqual(["fr-ngo", "jp-ngo", "kr-city"]);
    expect(await collaborators("jp-ngo")).toEqual(["agency", "fr-ngo", "kh", "kr-city", "school"]);
    expect(await collaborators("kh-district")).toEqual(["commune", "fr-ngo"]); // not school: a domestic participant
    expect(await collaborators("commune")).toEqual(["assoc", "fr-ngo", "kh-district"]);
    expect(await collaborators("hub")).toEqual(["leaf-1", "leaf-2", "leaf-3"]);
  });

  it("widens with degree, never including the actor itself", async () => {
    expect(await collaborators("kh", 2)).toEqual(["agency", "fr-ngo", "jp-ngo", "kr-city", "school"]);
    expect(await collaborators("kh", 3)).toEqual(["agency", "commune", "fr-ngo", "jp-ngo", "kh-district", "kr-city", "school"]);
    expect(await collaborators("kh", 4)).toEqual(["agency", "assoc", "commune", "fr-ngo", "jp-ngo", "kh-district", "kr-city", "school"]);
    expect(await collaborators("leaf-1", 2)).toEqual(["hub", "leaf-2", "leaf-3"]);
    expect(await collaborators("ch-1", 4)).toEqual(["ch-2", "ch-3", "ch-4"]);
  });

  it("is empty for an isolated actor", async () => {
    expect(await collaborators("lonely")).toEqual([]);
    expect(await collaborators("lonely", 4)).toEqual([]);
  });

  it.each([
    ['collaborators(actorId: "kh", degree: 0) { id }', "degree: must be an integer between 1 and 4, got 0", "degree"],
    ['collaborators(actorId: "kh", degree: 5) { id }', "degree: must be an integer between 1 and 4, got 5", "degree"],
    ['collaborators(actorId: "nobody") { id }', 'actorId: unknown actor "nobody"', "actorId"],
  ])("%s is refused", async (selection, message, argument) => {
    expect(await refused(`{ ${selection} }`)).toEqual([[message, "BAD_USER_INPUT", argument]]);
  });
});

describe("round trips", () => {
  it("connection and collaborators each check their actors and answer in one query", async () => {
    const path = await fixture.gql.counted(`{ connection(fromId: "kh", toId: "assoc") { steps } }`);
    expect(path.result.errors).toBeUndefined();
    expect(path.queries).toEqual(["queries/analytics/network/connection"]);
    const near = await fixture.gql.counted(`{ collaborators(actorId: "kh", degree: 2) { id name } }`);
    expect(near.result.errors).toBeUndefined();
    expect(near.queries).toEqual(["queries/analytics/network/collaborators"]);
  });
});

describe("brokers", () => {
  // Worked out by hand over the unordered pairs of each component:
  // - component 1: fr-ngo lies on every shortest path between {kh, agency, jp-ngo, kr-city, school}
  //   and {kh-district, commune, assoc}: 5 × 3 = 15 pairs. commune lies on every shortest path
  //   between assoc and the 7 others = 7. jp-ngo carries half of each pair between {kh, agency} and
  //   {school, fr-ngo, kh-district, commune, assoc} (kr-city carries the other half): 10 × ½ = 5.
  // - the square: each corner carries half of the pair opposite to it: 0.5.
  // - the chain ch-1 – ch-2 – ch-3 – ch-4: ch-2 lies between ch-1 and ch-3, ch-4 = 2; ch-3 alike.
  // - the star: hub lies between each of the 3 pairs of leaves = 3.
  // Everyone else, lonely included: 0.
  const ranking: [string, number][] = [
    ["fr-ngo", 15], ["commune", 7], ["jp-ngo", 5], ["kr-city", 5], ["hub", 3], ["ch-2", 2], ["ch-3", 2],
    ["t-a", 0.5], ["t-b", 0.5], ["t-end", 0.5], ["t-start", 0.5],
    ["agency", 0], ["assoc", 0], ["ch-1", 0], ["ch-4", 0], ["kh", 0], ["kh-district", 0],
    ["leaf-1", 0], ["leaf-2", 0], ["leaf-3", 0], ["lonely", 0], ["school", 0],
  ];

  it("ranks every actor by betweenness, highest first, ties by id", async () => {
    expect(await brokers(100)).toEqual(ranking);
  });

  it("gives each request its own `first` of one ranking", async () => {
    const [top3, top1] = await Promise.all([brokers(3), brokers(1)]);
    expect(top3).toEqual(ranking.slice(0, 3));
    expect(top1).toEqual(ranking.slice(0, 1));
  });

  it("ranks in a worker thread: the event loop keeps turning while a large graph is ranked", async () => {
    // A ring of 1 500 actors with chords: far too much to rank in the time of a few event-loop turns.
    const ids = Array.from({ length: 1500 }, (_, i) => `a-${i}`);
    const edges = ids.flatMap((id, i): [string, string][] => [[id, ids[(i + 1) % ids.length]], [id, ids[(i * 7 + 3) % ids.length]]]);
    let turns = 0;
    let turning = true;
    const turn = () => {
      turns++;
      if (turning) setImmediate(turn);
    };
    setImmediate(turn);
    // Each edge as an engagement of its two actors.
    const offsets = new Int32Array(ids.length + 1);
    const byActor: number[][] = ids.map(() => []);
    edges.forEach(([a, b], e) => {
      byActor[ids.indexOf(a)].push(e);
      byActor[ids.indexOf(b)].push(e);
    });
    byActor.forEach((list, i) => (offsets[i + 1] = offsets[i] + list.length));
    const worker = new RankingWorker();
    const task = worker.run({ graph: { snapshot: { ids, offsets, engagements: Float64Array.from(byActor.flat()) } }, rank: { budgetMs: 60_000, keep: ids.length, startedAt: Date.now() } });
    const ranking = (await task.result)!;
    worker.stop(new Error("test done"));
    turning = false;
    // Computed on this thread, the ranking would be done before the first turn.
    expect(turns).toBeGreaterThan(10);
    expect(ranking.exact).toBe(true);
    expect(ranking.ranked.map((r) => ({ id: r.id, betweenness: r.betweenness }))).toEqual(betweennessScores(ids, edges));
  });

  it("returns the first 10 by default, or `first`", async () => {
    expect(await brokers()).toEqual(ranking.slice(0, 10));
    expect(await brokers(1)).toEqual([["fr-ngo", 15]]);
    expect(await brokers(4)).toEqual(ranking.slice(0, 4));
  });

  it("counts unordered pairs: the middle of a path of three has 1", () => {
    expect(betweennessScores(["a", "b", "c"], [["a", "b"], ["b", "c"]])).toEqual([
      { id: "b", betweenness: 1 }, { id: "a", betweenness: 0 }, { id: "c", betweenness: 0 },
    ]);
  });

  it("rounds to 6 decimals", () => {
    // s and t joined through m1, m2, m3: each m carries a third of the pair {s, t}; s and t each
    // carry half of the 3 pairs {mi, mj}.
    const edges: [string, string][] = [["s", "m1"], ["s", "m2"], ["s", "m3"], ["m1", "t"], ["m2", "t"], ["m3", "t"]];
    expect(betweennessScores(["m1", "m2", "m3", "s", "t"], edges)).toEqual([
      { id: "s", betweenness: 1.5 }, { id: "t", betweenness: 1.5 },
      { id: "m1", betweenness: 0.333333 }, { id: "m2", betweenness: 0.333333 }, { id: "m3", betweenness: 0.333333 },
    ]);
  });

  it.each([
    ["brokers(first: 0) { betweenness }", "first: must be an integer between 1 and 100, got 0"],
    ["brokers(first: 101) { betweenness }", "first: must be an integer between 1 and 100, got 101"],
  ])("%s is refused", async (selection, message) => {
    expect(await refused(`{ ${selection} }`)).toEqual([[message, "BAD_USER_INPUT", "first"]]);
  });
});
