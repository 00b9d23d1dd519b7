/**
 * The brokers ranking precomputed per graph version (src/analytics/network/precompute.ts), on a real
 * Neo4j: exact within its time budget, a sampled estimate with an error bound beyond it, computed in
 * the background after the graph changes, and a bounded wait for a request that comes meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import graphologyBetweenness from "graphology-metrics/centrality/betweenness";
import { betweenness, csrFromEdges } from "../../src/analytics/network/brandes";
import { betweennessScores } from "../../src/analytics/network/betweenness";
import { brokersPrecompute, configureBrokers, DEFAULT_BROKERS_OPTIONS, watchBrokers } from "../../src/analytics/network/precompute";
import { searchBudget } from "../../src/analytics/network/ranking";
import { importDataset } from "../../src/dataset/import";
import type { Database } from "../../src/db/database";
import type { Caller } from "../../src/identity/caller";
import { generateDataset } from "../../scripts/generator";
import { networkDataset } from "../fixtures/network";
import { exactBrokers, forgetStoredRanking } from "../support/brokers";
import { connectTestDb, resetGraph } from "../support/db";
import { createGraphQL, type TestGraphQL } from "../support/graphql";

const BROKERS = `{ brokers(first: 100) { actor { id } betweenness estimate { method pivots actors confidence errorBound } } }`;

interface Score {
  actor: { id: string };
  betweenness: number;
  estimate: { method: string; pivots: number; actors: number; confidence: number; errorBound: number } | null;
}

/** A pseudo-random graph (xorshift) of `size` nodes with about `degree` neighbours each, in a few components. */
function randomGraph(size: number, degree: number, seed: number): { ids: string[]; edges: [string, string][] } {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const ids = Array.from({ length: size }, (_, i) => `n${i}`);
  const edges: [string, string][] = [];
  for (let i = 0; i < (size * degree) / 2; i++) {
    const a = Math.floor(next() * size);
    const b = Math.floor(next() * size);
    if (a !== b) edges.push([ids[a], ids[b]]);
  }
  return { ids, edges };
}

describe("Brandes on the compact graph", () => {
  it.each([
    [60, 2, 7],
    [300, 3, 11],
    [500, 8, 13],
  ])("gives graphology-metrics' exact values (%i actors, degree %i)", (size, degree, seed) => {
    const { ids, edges } = randomGraph(size, degree, seed);
    const graph = new UndirectedGraph();
    for (const id of ids) graph.mergeNode(id);
    for (const [a, b] of edges) graph.mergeEdge(a, b);
    const expected = graphologyBetweenness(graph, { normalized: false, getEdgeWeight: null });
    const scale = 10 ** 6;
    expect(Object.fromEntries(betweennessScores(ids, edges).map((s) => [s.id, s.betweenness]))).toEqual(
      Object.fromEntries(ids.map((id) => [id, Math.round(expected[id] * scale) / scale])),
    );
  });

  it("ranks a network of 2 000 actors exactly within the default budget", () => {
    const { ids, edges } = randomGraph(2_000, 4, 17);
    const index = new Map(ids.map((id, i) => [id, i]));
    const unique = [...new Map(edges.map(([a, b]) => [[index.get(a)!, index.get(b)!].sort((x, y) => x - y).join(" "), [index.get(a)!, index.get(b)!]])).values()];
    const csr = csrFromEdges(ids.length, Int32Array.from(unique, ([a, b]) => Math.min(a, b)), Int32Array.from(unique, ([a, b]) => Math.max(a, b)));
    const result = betweenness(csr, { budgetMs: DEFAULT_BROKERS_OPTIONS.budgetMs });
    expect([result.exact, result.pivots, result.errorBounds]).toEqual([true, 2_000, null]);
  });

  it("gives the searches what reading the graph left of the budget, at least a third, or the whole budget when the read overran it", () => {
    expect(searchBudget(3_000, 500)).toBe(2_500);
    expect(searchBudget(3_000, 1_900)).toBe(1_100);
    expect(searchBudget(3_000, 2_500)).toBe(1_000);
    expect(searchBudget(3_000, 3_001)).toBe(3_000);
    expect(searchBudget(3_000, 20_000)).toBe(3_000);
  });

  it("samples sources when the exact computation does not fit the budget, and its bound holds", () => {
    const { ids, edges } = randomGraph(2_000, 4, 5);
    const index = new Map(ids.map((id, i) => [id, i]));
    const unique = [...new Map(edges.map(([a, b]) => [[index.get(a)!, index.get(b)!].sort((x, y) => x - y).join(" "), [a, b]])).values()];
    const csr = csrFromEdges(ids.length, Int32Array.from(unique, ([a, b]) => Math.min(index.get(a)!, index.get(b)!)), Int32Array.from(unique, ([a, b]) => Math.max(index.get(a)!, index.get(b)!)));
    const exact = betweenness(csr, { budgetMs: Infinity });
    // A clock that advances 1 ms per reading: 30 ms of budget is about 15 sources, whatever the machine.
    let clock = 0;
    const sampled = betweenness(csr, { budgetMs: 30, now: () => clock++ });
    expect(exact.exact).toBe(true);
    expect(sampled.exact).toBe(false);
    expect(sampled.pivots).toBeGreaterThan(1);
    expect(sampled.pivots).toBeLessThan(40);
    const misses = ids.filter((_, i) => Math.abs(sampled.values[i] - exact.values[i]) > sampled.errorBounds![i]);
    expect(misses).toEqual([]);
  });
});

describe("brokers precomputed per graph version", () => {
  let db: Database;
  let exactDb: Database;
  let gql: TestGraphQL;
  let exactGql: TestGraphQL;

  beforeAll(async () => {
    db = await connectTestDb();
    exactDb = await connectTestDb(); // its own ranking (one per connection), with the default budget
    await resetGraph(db);
    await importDataset(db, await generateDataset({ scale: "tiny", seed: 3 }));
    gql = await createGraphQL(db);
    exactGql = await createGraphQL(exactDb);
  });

  afterAll(async () => {
    await gql?.stop();
    await exactGql?.stop();
    await db?.close();
    await exactDb?.close();
  });

  async function ranking(on: TestGraphQL): Promise<Score[]> {
    const result = await on.run(BROKERS);
    expect(result.errors).toBeUndefined();
    return result.data!.brokers;
  }

  it("estimates from sampled sources when the budget is tiny, each value within its stated bound of the exact one", async () => {
    const exact = await ranking(exactGql);
    expect(exact.every((s) => s.estimate === null)).toBe(true);
    const exactById = new Map((await exactBrokers(exactDb)).map((s) => [s.id, s.betweenness]));
    await forgetStoredRanking(db); // else the other connection would answer from the exact ranking just stored

    configureBrokers(db, { budgetMs: 1 }); // the configuration value BROKERS_BUDGET_MS
    try {
      const estimated = await ranking(gql);
      expect(estimated).toHaveLength(100);
      for (const score of estimated) {
        expect(score.estimate).toMatchObject({ method: "SAMPLED_PIVOTS", actors: exactById.size, confidence: 0.95 });
        expect(score.estimate!.pivots).toBeGreaterThanOrEqual(1);
        expect(score.estimate!.pivots).toBeLessThan(exactById.size);
        expect(Math.abs(score.betweenness - exactById.get(score.actor.id)!)).toBeLessThanOrEqual(score.estimate!.errorBound + 1e-6);
      }
    } finally {
      configureBrokers(db, { budgetMs: 3_000 });
    }
  });

  it("ranks again in the background after an import: the next answer reflects the new data without computing", async () => {
    configureBrokers(db, { pollMs: 50 });
    const stop = watchBrokers(db);
    try {
      await resetGraph(db);
      await importDataset(db, networkDataset());
      const dataset = networkDataset();
      // lonely joins hub's star: hub now lies between lonely and each of the 3 leaves too (3 + 3 = 6).
      dataset.memberships.push({ memberId: "lonely", organizationId: "hub" } as (typeof dataset.memberships)[number]);
      await importDataset(db, dataset);
      const [row] = await db.read("queries/graph-version");
      await expect.poll(() => brokersPrecompute(db).ready(String(row.version)), { timeout: 20_000, interval: 50 }).toBe(true);

      const { result, queries } = await gql.counted(`{ brokers(first: 2) { actor { id } betweenness estimate { method } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data!.brokers).toEqual([
        { actor: { id: "fr-ngo" }, betweenness: 15, estimate: null },
        { actor: { id: "commune" }, betweenness: 7, estimate: null },
      ]);
      const hub = (await ranking(gql)).find((s) => s.actor.id === "hub");
      expect(hub?.betweenness).toBe(6);
      // Only the version (the watcher reads it too) and the actors named: the ranking was ready.
      expect(queries.filter((q) => q !== "queries/graph-version")).toEqual(["Actor"]);
    } finally {
      stop();
      configureBrokers(db, { pollMs: 1_000 });
    }
  });

  it("ranks again in the background after a write: the next answer reflects it without computing", async () => {
    await resetGraph(db);
    await importDataset(db, networkDataset());
    expect((await ranking(gql)).find((s) => s.actor.id === "hub")?.betweenness).toBe(3);
    configureBrokers(db, { pollMs: 50 });
    const stop = watchBrokers(db);
    try {
      // lonely (FOREIGN) takes part in an activity hub organises: hub now lies between lonely and each leaf too.
      const admin: Caller = { kind: "user", sub: "admin@x", role: "ADMIN", unitId: null };
      const written = await gql.run(
        `mutation { recordActivity(input: { id: "act-hub-lonely", kind: WORKSHOP, title: "Hub and lonely", date: "2020-06-01", organizerIds: ["hub"], participantIds: ["lonely"] }) { version } }`,
        {}, { caller: admin, writesConfigured: true },
      );
      expect(written.errors).toBeUndefined();
      const [row] = await db.read("queries/graph-version");
      await expect.poll(() => brokersPrecompute(db).ready(String(row.version)), { timeout: 20_000, interval: 50 }).toBe(true);
      const { result, queries } = await gql.counted(BROKERS);
      expect(result.errors).toBeUndefined();
      expect(result.data!.brokers.find((s: Score) => s.actor.id === "hub")?.betweenness).toBe(6);
      expect(queries.filter((q) => q !== "queries/graph-version")).toEqual(["Actor"]);
    } finally {
      stop();
      configureBrokers(db, { pollMs: 1_000 });
    }
  });

  it("answers RANKING_NOT_READY when the ranking of the current data is not ready within the wait", async () => {
    configureBrokers(db, { waitMs: 0 });
    try {
      await importDataset(db, networkDataset()); // a new version, nothing ranked for it
      const result = await gql.run(BROKERS);
      expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.retryAfterSeconds])).toEqual([["RANKING_NOT_READY", 5]]);
      expect(result.errors?.[0].message).toMatch(/^The brokers ranking of the current data is still being computed \(started [\d.]+ s ago, after the graph changed\); ask again in a few seconds$/);
    } finally {
      configureBrokers(db, { waitMs: 4_000 });
    }
    // The ranking started by that request goes on; the next request gets it.
    expect((await ranking(gql)).slice(0, 1)).toEqual([{ actor: { id: "fr-ngo" }, betweenness: 15, estimate: null }]);
  });
});
