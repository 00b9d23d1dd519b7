/**
 * The brokers ranking after writes and across service starts (src/analytics/network/precompute.ts,
 * actorGraph.ts, stored.ts), on a real Neo4j: after writes the ranking's worker patches the actor
 * graph it holds with what the writes changed, and the ranking is exactly the one of the graph read
 * afresh; an import reads it whole again; a finished ranking is stored with its version, and a new
 * service on the same store answers from it, never from a ranking of another version.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchedGraph, wholeGraph } from "../../src/analytics/network/heldGraph";
import { brokersPrecompute } from "../../src/analytics/network/precompute";
import { patchSnapshot, type ActorGraphSnapshot, type SnapshotPatch } from "../../src/analytics/network/snapshot";
import { importDataset } from "../../src/dataset/import";
import type { Database } from "../../src/db/database";
import type { Caller } from "../../src/identity/caller";
import { networkDataset } from "../fixtures/network";
import { exactBrokers as rankingReadAfresh } from "../support/brokers";
import { connectTestDb, resetGraph } from "../support/db";
import { createGraphQL, type TestGraphQL } from "../support/graphql";

const BROKERS = `{ brokers(first: 100) { actor { id } betweenness estimate { method } } }`;
const admin: Caller = { kind: "user", sub: "admin@x", role: "ADMIN", unitId: null };

/** A pseudo-random snapshot, and a patch as writes would make it: some engagements relinked to other actors, some actors gone, some new. */
function randomSnapshotAndPatch(seed: number): { rows: Map<string, number[]>; patch: SnapshotPatch } {
  let state = seed;
  const next = (below: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
  const rows = new Map<string, number[]>();
  for (let i = 0; i < 300; i++) rows.set(`a${String(i).padStart(3, "0")}`, [...new Set(Array.from({ length: next(5) }, () => next(400)))]);
  const ids = [...rows.keys()];
  const removed = [...new Set(Array.from({ length: 5 }, () => ids[next(ids.length)]))];
  const relinked = new Set([...removed.flatMap((id) => rows.get(id)!), ...Array.from({ length: 20 }, () => next(420))]);
  const staying = [...ids.filter((id) => !removed.includes(id)), "a-new-2", "b-new"];
  const after = new Map<string, number[]>();
  for (const e of relinked) {
    for (let k = next(4); k > 0; k--) {
      const id = staying[next(staying.length)];
      after.set(id, [...new Set([...(after.get(id) ?? (rows.get(id) ?? []).filter((x) => !relinked.has(x))), e])]);
    }
  }
  after.set("a-new-1", [[...relinked][0]]); // one new actor at least
  return { rows, patch: { relinked: [...relinked], rows: [...after].map(([id, engagements]) => ({ id, engagements })), removed } };
}

function snapshotOf(rows: Map<string, number[]>): ActorGraphSnapshot {
  const ids = [...rows.keys()].sort();
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i] + rows.get(id)!.length));
  return { ids, offsets, engagements: Float64Array.from(ids.flatMap((id) => rows.get(id)!)) };
}

describe("the actor graph patched after writes", () => {
  it.each([1, 2, 3, 4, 5])("is the graph built afresh from the patched snapshot (seed %i)", (seed) => {
    const { rows, patch } = randomSnapshotAndPatch(seed);
    const patched = patchedGraph(wholeGraph(snapshotOf(rows)), patch);
    const afresh = wholeGraph(patchSnapshot(snapshotOf(rows), patch).snapshot);
    expect(patched.snapshot).toEqual(afresh.snapshot);
    expect(patched.csr).toEqual(afresh.csr);
    expect(patched.snapshot.ids).toContain("a-new-1");
    expect(patch.removed.some((id) => patched.snapshot.ids.includes(id))).toBe(false);
  });
});

describe("brokers after writes and service starts", () => {
  let db: Database;
  let gql: TestGraphQL;
  const others: { db: Database; gql: TestGraphQL }[] = [];

  beforeAll(async () => {
    db = await connectTestDb();
    await resetGraph(db);
    await importDataset(db, networkDataset());
    gql = await createGraphQL(db);
  });

  afterAll(async () => {
    for (const other of others) {
      await other.gql.stop();
      await other.db.close();
    }
    await gql?.stop();
    await db?.close();
  });

  /** A second service instance on the same store: its own connection, its own ranking. */
  async function anotherService(): Promise<{ db: Database; gql: TestGraphQL }> {
    const other = await connectTestDb();
    const service = { db: other, gql: await createGraphQL(other) };
    others.push(service);
    return service;
  }

  async function served(on: TestGraphQL): Promise<{ id: string; betweenness: number }[]> {
    const result = await on.run(BROKERS);
    expect(result.errors).toBeUndefined();
    expect(result.data!.brokers.every((s: { estimate: unknown }) => s.estimate === null)).toBe(true);
    return result.data!.brokers.map((s: { actor: { id: string }; betweenness: number }) => ({ id: s.actor.id, betweenness: s.betweenness }));
  }

  async function write(mutation: string): Promise<void> {
    const result = await gql.run(mutation, {}, { caller: admin, writesConfigured: true });
    expect(result.errors).toBeUndefined();
  }

  async function versionOf(id: string): Promise<number> {
    const [row] = await db.read("writes/head", { id });
    return Number(row.version);
  }

  /** The ranking served now was patched, and is the ranking of the graph read afresh. */
  async function expectPatchedAsReadAfresh(): Promise<void> {
    const ranking = await served(gql);
    expect(brokersPrecompute(db).latest()?.graphRead).toBe("patched");
    expect(ranking).toEqual(await rankingReadAfresh(db));
  }

  it("ranks the graph read whole first", async () => {
    expect(await served(gql)).toEqual(await rankingReadAfresh(db));
    expect(brokersPrecompute(db).latest()?.graphRead).toBe("whole");
  });

  it("patches the graph after an activity that links two actors", async () => {
    await write(`mutation { recordActivity(input: { id: "act-hub-lonely", kind: WORKSHOP, title: "Hub and lonely", date: "2020-06-01", organizerIds: ["hub"], participantIds: ["lonely"] }) { id } }`);
    await expectPatchedAsReadAfresh();
    // hub now lies between lonely and each of its 3 leaves too.
    expect((await served(gql)).find((s) => s.id === "hub")?.betweenness).toBe(6);
  });

  it("patches the graph after new actors and a change of an activity's participants", async () => {
    await write(`mutation { createActor(input: { id: "newcomer", kind: NGO, side: FOREIGN, name: "Newcomer", country: "FR" }) { id } }`);
    await write(`mutation { createActor(input: { id: "passing", kind: NGO, side: FOREIGN, name: "Passing", country: "JP" }) { id } }`);
    await write(`mutation { updateActivity(id: "act-hub-lonely", version: ${await versionOf("act-hub-lonely")}, patch: { participantIds: ["newcomer", "t-a"] }) { id } }`);
    await expectPatchedAsReadAfresh();
    expect((await served(gql)).find((s) => s.id === "passing")).toEqual({ id: "passing", betweenness: 0 });
  });

  it("patches the graph after a partnership's parties change (the activities under it are linked again)", async () => {
    await write(`mutation { updatePartnership(id: "ps-multi", version: ${await versionOf("ps-multi")}, patch: { foreignPartyIds: ["jp-ngo"] }) { id } }`);
    await expectPatchedAsReadAfresh();
  });

  it("patches the graph after several writes at once: an activity and an actor archived", async () => {
    await write(`mutation { archive(id: "act-under", version: ${await versionOf("act-under")}, reason: "entered twice") { id } }`);
    await write(`mutation { archive(id: "passing", version: 1, reason: "never active") { id } }`);
    await expectPatchedAsReadAfresh();
    expect((await served(gql)).map((s) => s.id)).not.toContain("passing");
  });

  it("reads the graph whole again after an import", async () => {
    await importDataset(db, { format: "partner-network/v1", memberships: [{ memberId: "lonely", organizationId: "hub" }] });
    expect(await served(gql)).toEqual(await rankingReadAfresh(db));
    expect(brokersPrecompute(db).latest()?.graphRead).toBe("whole");
  });

  it("stores the ranking with its version: another service on the store answers from it at once", async () => {
    const ranking = await served(gql);
    const other = await anotherService();
    expect(await served(other.gql)).toEqual(ranking);
    expect(brokersPrecompute(other.db).latest()?.graphRead).toBe("stored");
  });

  it("never serves a stored ranking of another version; a service started from one patches the graph it read beside it", async () => {
    const [startedFromStored] = others;
    const fresh = await anotherService();
    const before = await served(gql); // stored for the version before the write
    await write(`mutation { recordActivity(input: { id: "act-t", kind: WORKSHOP, title: "Across", date: "2020-06-02", organizerIds: ["t-start"], participantIds: ["jp-ngo"] }) { id } }`);
    const expected = await rankingReadAfresh(db);
    expect(expected).not.toEqual(before);
    expect(await served(startedFromStored.gql)).toEqual(expected);
    expect(brokersPrecompute(startedFromStored.db).latest()?.graphRead).toBe("patched");
    // The ranking just stored is of the current version: the other service may answer from it.
    expect(await served(fresh.gql)).toEqual(expected);
    expect(brokersPrecompute(fresh.db).latest()?.graphRead).toBe("stored");
  });
});
