/** Import semantics: upsert by id, idempotent re-import, replace, references to stored records. */
import { afterAll, beforeEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { importDataset } from "../../src/dataset/import";
import { smallDataset } from "../fixtures/small";
import { v2AnalyticsDataset } from "../fixtures/v2";
import { VOLATILE, connectTestDb, graphFingerprint, graphNodes, graphRelationships, resetGraph, rows, statementsDuring } from "../support/db";
import { createGraphQL } from "../support/graphql";

let db: Database;
let gql: Awaited<ReturnType<typeof createGraphQL>>;

beforeAll(async () => {
  db = await connectTestDb();
  gql = await createGraphQL(db);
});

afterAll(async () => {
  await gql.stop();
  await db.close();
});

beforeEach(async () => {
  await resetGraph(db);
});

async function involved(engagementId: string): Promise<string[]> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.run("MATCH (:Engagement {id: $id})-[:INVOLVES]->(a:Actor) RETURN a.id AS id ORDER BY id", { id: engagementId });
    return result.records.map((r) => r.get("id"));
  } finally {
    await session.close();
  }
}

const COUNTS = `{
  actors { totalCount } partnerships { totalCount } activities { totalCount } projects { totalCount }
  countries { code }
}`;

describe("importDataset", () => {
  it("returns the number of records of each kind", async () => {
    expect(await importDataset(db, smallDataset())).toEqual({
      countries: 3, exchangeRates: 2, actors: 10, memberships: 1, partnerships: 3, activities: 4,
      projects: 2, reviews: 2, plans: 1, tasks: 2, reports: 2, permits: 0,
    });
  });

  it("makes every collection count equal to the records imported", async () => {
    await importDataset(db, smallDataset());
    const { data } = await gql.run(COUNTS);
    expect(data).toEqual({
      actors: { totalCount: 10 }, partnerships: { totalCount: 3 }, activities: { totalCount: 4 }, projects: { totalCount: 2 },
      // DE (an actor's country) and LA (a priority country) are known ISO codes the file does not list.
      countries: ["DE", "FR", "JP", "LA", "VN"].map((code) => ({ code })),
    });
  });

  it("changes nothing when the same file is imported again", async () => {
    await importDataset(db, smallDataset());
    const first = await graphFingerprint(db);
    const firstCounts = await gql.run(COUNTS);
    await importDataset(db, smallDataset());
    expect(await graphFingerprint(db)).toEqual(first);
    expect(await gql.run(COUNTS)).toEqual(firstCounts);
  });

  it("leaves every record the file gives as stored as it was, its version and stamp included", async () => {
    // Every node's every property, `updatedAt` included (not volatile here); only the graph's own
    // version and the audit log change with an import.
    const exact = { volatile: {}, except: ["AuditEntry", "GraphVersion"] };
    const stamps = async () => new Map((await rows(db, "MATCH (n) WHERE n:Entity OR n:Membership RETURN n.id AS id, n.version AS version, n.updatedAt AS at"))
      .map((row) => [String(row.id), `${Number(row.version)} ${String(row.at)}`]));
    for (const dataset of [smallDataset, v2AnalyticsDataset]) {
      await resetGraph(db);
      await importDataset(db, dataset());
      const first = await graphNodes(db, exact);
      await importDataset(db, dataset());
      expect(await graphNodes(db, exact)).toEqual(first);
    }

    // One change to each kind of record: exactly those records count one version more.
    await resetGraph(db);
    await importDataset(db, smallDataset());
    const before = await stamps();
    const changed = smallDataset();
    changed.actors[0].name = "Khanh Hoa Province (renamed)"; // kh: a property
    delete (changed.actors[1] as { parentId?: string }).parentId; // kh-nt: a relation only (link-actors)
    changed.activities[0].title = "Renamed"; // act-1: a property
    changed.activities[2].organizerIds = ["kh-dofa"]; // act-3: a relation only
    changed.partnerships[2].foreignPartyIds = [...changed.partnerships[2].foreignPartyIds, "fr-ovs"]; // ps-ngo: a party
    Object.assign(changed.partnerships[1], { commitments: [{ id: "c-1", description: "One visit", kind: "ACTIVITIES", target: 1, perYear: true }] }); // ps-fr: a commitment
    changed.projects[0].localityIds = ["kh"]; // prj-1: a relation
    changed.plans[0].tasks[0].assigneeIds = ["kh-nt"]; // task-1: a relation; its plan keeps its version
    changed.reviews[1].findings = "Revised"; // rev-2: a property
    changed.reports[0].unitId = "kh-nt"; // rep-1: a relation
    changed.memberships[0].role = "Observer"; // the membership: a property
    await importDataset(db, changed);
    const after = await stamps();
    const counted = [...after].filter(([id, stamp]) => before.get(id) !== stamp).map(([id]) => id).sort();
    expect(counted).toEqual([
      "act-1", "act-3", "kh", "kh-nt", "ps-fr", "ps-ngo", "prj-1", "rep-1", "rev-2", "task-1",
      (await rows(db, "MATCH (m:Membership) RETURN m.id AS id"))[0].id,
    ].sort());
    const version = (stamp: string | undefined) => Number(stamp?.split(" ")[0]);
    for (const id of counted) expect(version(after.get(id))).toBe(version(before.get(id)) + 1);
  });

  it("sends Neo4j only the rows of the records whose row changed, by the digest stored with each", async () => {
    // Each record row an import statement received, as "statement id"; countries, exchange rates and
    // memberships have no digest and are always sent.
    const sent = async (work: () => Promise<unknown>) => (await statementsDuring(db, work))
      .filter((event) => /^import\/(upsert-(?!countries|exchange-rates|memberships)|link-actors)/.test(event.name))
      .flatMap((event) => (event.params.rows as { props: { id: string } }[]).map((row) => `${event.name.slice(7)} ${row.props.id}`)).sort();
    await importDataset(db, smallDataset());
    expect(await sent(() => importDataset(db, smallDataset()))).toEqual([]);

    const changed = smallDataset();
    changed.activities[2].title = "Renamed"; // act-3
    delete (changed.actors[1] as { parentId?: string }).parentId; // kh-nt: a relation only
    changed.plans[0].tasks[0].assigneeIds = ["kh-nt"]; // the plan's row holds its tasks
    expect(await sent(() => importDataset(db, changed))).toEqual([
      "link-actors kh-nt", "upsert-activities act-3", "upsert-actors kh-nt", "upsert-plans plan-1",
    ]);

    // A graph written before digests: every row is sent once, and changes nothing else.
    const exact = { volatile: {}, except: ["AuditEntry", "GraphVersion"] };
    const before = await graphNodes(db, exact);
    await rows(db, "MATCH (n) WHERE n.rowHash IS NOT NULL REMOVE n.rowHash");
    expect(await sent(() => importDataset(db, changed))).toHaveLength(10 + 10 + 1 + 3 + 4 + 2 + 2 + 2);
    expect(await graphNodes(db, exact)).toEqual(before);
    expect(await sent(() => importDataset(db, changed))).toEqual([]);
  });

  it("keeps every relation that the file gives again, and rewrites only those it changes", async () => {
    // Relations deleted and created again would give the same graph, but a large transaction holds
    // both (500 000 activities imported over themselves outgrew a 12 GiB heap), and each is a write.
    // Every relation a record's statement makes, the actor graph's INVOLVES included; a partnership's
    // commitments are nodes of its own, replaced whole.
    const relations = async () => new Map((await rows(db, `
      MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Membership) AND NOT r:HAS_COMMITMENT
      RETURN a.id + ' ' + type(r) + ' ' + coalesce(b.id, b.code) AS name, elementId(r) AS element`)).map((row) => [String(row.name), String(row.element)]));
    for (const dataset of [smallDataset, v2AnalyticsDataset]) {
      await resetGraph(db);
      await importDataset(db, dataset());
      const first = await relations();
      await importDataset(db, dataset());
      expect(await relations()).toEqual(first);
    }

    await resetGraph(db);
    await importDataset(db, smallDataset());
    const first = await relations();
    const changed = smallDataset();
    changed.activities[2].organizerIds = ["kh-dofa"]; // act-3: organised by kh-dofa instead of kh-ufo
    changed.projects[0].localityIds = ["kh"]; // prj-1: in kh instead of kh-nt
    delete (changed.actors[1] as { parentId?: string }).parentId; // kh-nt: no longer part of kh
    changed.plans[0].tasks[0].assigneeIds = ["kh-nt"]; // task-1: kh-nt instead of kh-dofa
    changed.reviews[1].reviewerId = "kh-ufo"; // rev-2: reviewed by kh-ufo instead of kh-dofa
    changed.reports[0].unitId = "kh-nt"; // rep-1: by kh-nt instead of kh-dofa
    await importDataset(db, changed);
    const after = await relations();
    const rewritten = [...after].filter(([name, element]) => first.get(name) !== element).map(([name]) => name);
    const gone = [...first.keys()].filter((name) => !after.has(name));
    expect(rewritten.sort()).toEqual([
      "act-3 INVOLVES kh-dofa", "act-3 ORGANIZED_BY kh-dofa", "prj-1 INVOLVES kh", "prj-1 LOCATED_IN kh",
      "rep-1 BY kh-nt", "rev-2 REVIEWED_BY kh-ufo", "task-1 ASSIGNED_TO kh-nt",
    ]);
    expect(gone.sort()).toEqual([
      "act-3 INVOLVES kh-ufo", "act-3 ORGANIZED_BY kh-ufo", "kh-nt PART_OF kh", "prj-1 INVOLVES kh-nt", "prj-1 LOCATED_IN kh-nt",
      "rep-1 BY kh-dofa", "rev-2 REVIEWED_BY kh-dofa", "task-1 ASSIGNED_TO kh-dofa",
    ]);
  });

  it("derives the actor graph again only for the engagements whose relations a re-import changes", async () => {
    const relinked = async (work: () => Promise<unknown>) => (await statementsDuring(db, work))
      .filter((event) => event.name === "import/link-involvement").flatMap((event) => event.params.rows as string[]).sort();
    await importDataset(db, smallDataset());
    expect(await relinked(() => importDataset(db, smallDataset()))).toEqual([]);

    const changed = smallDataset();
    changed.activities[2].organizerIds = ["kh-dofa"]; // act-3
    changed.projects[0].localityIds = ["kh"]; // prj-1
    changed.activities[0].title = "Renamed"; // act-1: a property, not a relation
    expect(await relinked(() => importDataset(db, changed))).toEqual(["act-3", "prj-1"]);
    expect(await involved("act-3")).toEqual(["fr-ovs", "jp-ngo", "kh-dofa"]);

    // A partnership's parties: it, and its activities, the stored ones the file does not hold too.
    const parties = smallDataset();
    parties.partnerships[0].foreignPartyIds = ["jp-pref", "fr-city"]; // ps-jp
    expect(await relinked(() => importDataset(db, { format: "partner-network/v1", partnerships: [parties.partnerships[0]] })))
      .toEqual(["act-1", "act-2", "ps-jp"]);
    expect(await involved("act-2")).toEqual(["fr-city", "jp-pref", "kh", "kh-ufo"]);

    // An actor's side: the activities it takes part in (a participant counts only while FOREIGN).
    const side = smallDataset().actors.find((a) => a.id === "fr-ovs")!;
    expect(await relinked(() => importDataset(db, { format: "partner-network/v1", actors: [{ ...side, side: "DOMESTIC" }] }))).toEqual(["act-3"]);
    expect(await involved("act-3")).toEqual(["jp-ngo", "kh-dofa"]);
  });

  it("derives the actor graph of every engagement the file touches after a batched import was interrupted", async () => {
    await importDataset(db, smallDataset());
    // What an interrupted batched import leaves: the graph marked as not tallied (import/mark-version
    // at its start), records committed whose actor graph was not derived yet.
    await db.write("import/mark-version", { version: "interrupted", tallied: false });
    await db.driver.executeQuery("MATCH (:Activity {id: 'act-1'})-[r:INVOLVES]->() DELETE r", {}, { database: db.database });
    await importDataset(db, smallDataset());
    expect(await involved("act-1")).toEqual(["jp-pref", "kh-dofa"]);
  });

  it("upserts by id: a changed record replaces the stored one, its relations included", async () => {
    await importDataset(db, smallDataset());
    const changed = smallDataset();
    changed.partnerships[2].title = "Renamed programme";
    changed.partnerships[2].foreignPartyIds = ["jp-ngo"];
    (changed.activities[0] as any).funds = undefined;
    await importDataset(db, changed);
    const { data } = await gql.run(`{
      partnership(id: "ps-ngo") { title foreignParties { id } }
      activities(filter: { partnershipId: "ps-jp" }) { edges { node { id funds { amount } } } }
    }`);
    expect(data).toEqual({
      partnership: { title: "Renamed programme", foreignParties: [{ id: "jp-ngo" }] },
      activities: { edges: [{ node: { id: "act-1", funds: null } }, { node: { id: "act-2", funds: null } }] },
    });
  });

  it("accepts a file that refers to records already in the graph", async () => {
    await importDataset(db, smallDataset());
    await importDataset(db, {
      format: "partner-network/v1",
      activities: [{ id: "act-9", kind: "RECEPTION", title: "Later visit", date: "2021-02-02", partnershipId: "ps-jp", organizerIds: ["kh-dofa"], participantIds: ["jp-pref"] }],
    });
    const { data } = await gql.run(`{ partnership(id: "ps-jp") { activities { totalCount } } actors { totalCount } }`);
    expect(data).toEqual({ partnership: { activities: { totalCount: 3 } }, actors: { totalCount: 10 } });
  });

  it("looks the file's ids up in the graph only when it holds records", async () => {
    const lookups = async (work: () => Promise<unknown>) =>
      (await statementsDuring(db, work)).filter((event) => event.name === "import/lookup-entities").length;
    expect(await lookups(() => importDataset(db, smallDataset()))).toBe(0);
    // Stored now: the same file again is an update, whose ids must be found.
    expect(await lookups(() => importDataset(db, smallDataset()))).toBe(1);
  });

  it("checks the side of an actor that is already in the graph", async () => {
    await importDataset(db, smallDataset());
    await expect(
      importDataset(db, {
        format: "partner-network/v1",
        activities: [{ id: "act-9", kind: "RECEPTION", title: "x", date: "2021-02-02", organizerIds: ["jp-pref"] }],
      }),
    ).rejects.toThrow('activities[0].organizerIds[0]: "jp-pref" is a FOREIGN actor; organizers must be DOMESTIC');
  });

  it("with replace, wipes what the file does not hold", async () => {
    await importDataset(db, smallDataset());
    const only = {
      format: "partner-network/v1",
      actors: [{ id: "solo", kind: "NGO", side: "FOREIGN", name: "Solo", country: "JP" }],
    };
    await importDataset(db, only, { replace: true });
    const { data } = await gql.run(COUNTS);
    expect(data).toEqual({
      actors: { totalCount: 1 }, partnerships: { totalCount: 0 }, activities: { totalCount: 0 }, projects: { totalCount: 0 },
      countries: [{ code: "JP" }],
    });
  });

  /** The file a graph is replaced with below: the small dataset, a commitment and an actor nothing refers to added. */
  function replacement() {
    const d = smallDataset();
    return {
      ...d,
      actors: [...d.actors, { id: "lone", kind: "NGO", side: "FOREIGN", name: "Lone NGO", country: "JP" }],
      partnerships: d.partnerships.map((p, i) => i > 0 ? p
        : { ...p, commitments: [{ id: "c-1", description: "Two delegations a year", kind: "ACTIVITIES", target: 2, perYear: true }] }),
    };
  }

  /**
   * What the graph held before: the replacement's records, and records it does not hold: an actor
   * in a country of its own, a partnership with a commitment, an activity in a year of its own, a
   * task of a plan it keeps, an exchange rate; and the id of one of its activities held by an actor.
   */
  function replaced() {
    const d = replacement();
    return {
      ...d,
      actors: [...d.actors, { id: "act-4", kind: "NGO", side: "FOREIGN", name: "Once an actor", country: "JP" },
        { id: "kr-ngo", kind: "NGO", side: "FOREIGN", name: "Gone NGO", country: "KR" }],
      partnerships: [...d.partnerships, { id: "ps-gone", kind: "AID_PROGRAM", title: "Gone", signedOn: "2009-01-01", domesticPartyIds: ["kh"], foreignPartyIds: ["kr-ngo"],
        commitments: [{ id: "c-gone", description: "Gone", kind: "ACTIVITIES", target: 1, perYear: false }] }],
      activities: [...d.activities.filter((a) => a.id !== "act-4"),
        { id: "act-old", kind: "TRAINING", title: "Long ago", date: "2010-05-05", partnershipId: "ps-gone", organizerIds: ["kh-dofa"] }],
      exchangeRates: [...d.exchangeRates, { currency: "KRW", year: 2010, usdPerUnit: 0.0009 }],
      plans: d.plans.map((p) => ({ ...p, tasks: [...p.tasks, { id: "task-gone", title: "Dropped", assigneeIds: ["kh-dofa"] }] })),
    };
  }

  it("with replace, leaves the graph a fresh import of the file leaves, whatever the graph held", async () => {
    await importDataset(db, replaced());
    // An archived record with an id of the file's: written anew, not archived.
    await db.writeTransaction((tx) => tx.run("writes/archive", { id: "lone", type: "Actor", reason: "test", stamp: { at: "2020-01-01T00:00:00Z", by: "x" } }));
    await importDataset(db, replacement(), { replace: true });
    // Versions count on from the stored ones where the file changes a record (a client holding an
    // old version gets a conflict); the rest is the fresh import's.
    const sameButVersions = { volatile: { "*": [...VOLATILE["*"], "version"] }, except: ["AuditEntry", "GraphVersion"] };
    const afterReplace = { nodes: await graphNodes(db, sameButVersions), relationships: await graphRelationships(db) };
    const versions = Object.fromEntries((await rows(db, "MATCH (n:Entity) WHERE n.id IN ['kh', 'plan-1'] RETURN n.id AS id, n.version AS version"))
      .map((row) => [row.id, Number(row.version)]));
    await resetGraph(db);
    await importDataset(db, replacement());
    expect(afterReplace).toEqual({ nodes: await graphNodes(db, sameButVersions), relationships: await graphRelationships(db) });
    expect(afterReplace.nodes.some((n) => n.includes("Archived"))).toBe(false);
    // kh as it was; plan-1 without the task the old graph held.
    expect(versions).toEqual({ kh: 1, "plan-1": 2 });
  });

  it("takes a known country's name and region from the ISO list", async () => {
    await importDataset(db, smallDataset());
    const { data } = await gql.run(`{ country(code: "DE") { code name nameVi region asean } }`);
    expect(data).toEqual({ country: { code: "DE", name: "Germany", nameVi: "Đức", region: "EUROPE", asean: false } });
  });

  it("derives the actor graph: who each engagement ties together", async () => {
    await importDataset(db, smallDataset());
    expect(await involved("act-3")).toEqual(["fr-ovs", "jp-ngo", "kh-ufo"]); // kh-nt takes part but is DOMESTIC: not a partner
    expect(await involved("act-2")).toEqual(["jp-pref", "kh", "kh-ufo"]); // jp-pref through the partnership
    expect(await involved("ps-ngo")).toEqual(["de-ngo", "jp-ngo", "kh-dofa", "kh-ufo"]);
    expect(await involved("prj-1")).toEqual(["jp-ngo", "kh-dofa", "kh-nt"]);
    expect(await involved("membership:kh-ufo:kh-dofa:2010-01-01")).toEqual(["kh-dofa", "kh-ufo"]);
  });

  it("updates the actor graph of stored activities when their partnership changes", async () => {
    await importDataset(db, smallDataset());
    const changed = smallDataset();
    changed.actors.push({ id: "jp-city", kind: "LOCALITY", side: "FOREIGN", name: "Example City", country: "JP", level: "CITY" } as any);
    await importDataset(db, { format: "partner-network/v1", actors: changed.actors, partnerships: [{ ...changed.partnerships[0], foreignPartyIds: ["jp-city"] }] });
    expect(await involved("act-2")).toEqual(["jp-city", "kh", "kh-ufo"]);
    expect(await involved("act-1")).toEqual(["jp-city", "jp-pref", "kh-dofa"]); // jp-pref still takes part itself
  });

  it("reports progress with a rate, and the end of every step", async () => {
    const lines: string[] = [];
    await importDataset(db, smallDataset(), { batchSize: 3, onProgress: (l) => lines.push(l) });
    expect(lines).toContainEqual(expect.stringMatching(/^actors: 10\/10 \(\d+ records\/s\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^activities: 4\/4 \(\d+ records\/s\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^actor graph: 10\/10 \(\d+ records\/s\)$/));
  });

  it("stops at the first statement Neo4j refuses, though the next ones were already sent, and writes nothing", async () => {
    // A stray :Activity node the import's lookups (by :Entity id) do not see: creating act-3
    // breaks the activity_id constraint, in the third of four one-row statements of the step.
    await db.driver.executeQuery("CREATE (:Activity {id: 'act-3'})", {}, { database: db.database });
    const before = await graphFingerprint(db);
    const error = await importDataset(db, smallDataset(), { batchSize: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "Neo.ClientError.Schema.ConstraintValidationFailed", statement: "import/upsert-activities" });
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
