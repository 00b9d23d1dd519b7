/**
 * The v2 additions to the dataset format (SPEC "Dataset and analytics v2"): a `partner-network/v2`
 * file with agreements, commitments, renewals, permits, tasks served and user-assigned country codes
 * is stored as written; every new integrity rule is reported with its JSON path and writes nothing;
 * a v1 file still reads as before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { DatasetRejected, importDataset } from "../../src/dataset/import";
import { formatProblem } from "../../src/dataset/validate";
import { RECORD_KINDS, compact, readRecord } from "../../src/writes/records";
import { smallDataset } from "../fixtures/small";
import { connectWithDataset, graphFingerprint, resetGraph } from "../support/db";

/** The small dataset as a v2 file, with one of each v2 addition. */
function v2Dataset(): any {
  const d: any = smallDataset();
  d.format = "partner-network/v2";
  d.countries.push({ code: "XZ", name: "International organisations", nameVi: "Tổ chức quốc tế", region: "INTERNATIONAL", asean: false });
  d.actors.push(
    { id: "xz-bank", kind: "INTERNATIONAL_ORGANIZATION", side: "FOREIGN", name: "Example Development Bank", country: "XZ" },
    { id: "fr-person", kind: "PERSON", side: "FOREIGN", name: "Jeanne Exemple", country: "FR" },
  );
  const ps = d.partnerships.find((p: any) => p.id === "ps-jp");
  Object.assign(ps, {
    titleVi: "Khánh Hòa – Tỉnh Ví Dụ", documentNumber: "01/TTHT", termYears: 5, reportedOn: "2017-04-01",
    renewals: [{ renewedOn: "2020-01-10", expiresOn: "2025-01-10" }],
    commitments: [
      { id: "c-delegations", description: "Two delegations a year", kind: "ACTIVITIES", target: 2, perYear: true, activityKinds: ["DELEGATION_IN", "DELEGATION_OUT"] },
      { id: "c-aid", description: "USD 50 000 of aid", kind: "FUNDS_USD", target: 50000, perYear: false },
    ],
  });
  const activity = d.activities.find((a: any) => a.id === "act-1");
  Object.assign(activity, { titleVi: "Đoàn tỉnh bạn", venueCountry: "VN", delegationSize: 12, taskId: "task-2" });
  d.projects[0].titleVi = "Nước sạch";
  d.permits = [{ id: "pm-1", actorId: "jp-ngo", kind: "PROJECT_OFFICE", number: "123/GĐK", issuedOn: "2017-01-01", expiresOn: "2021-12-31", sectors: ["HEALTH"] }];
  return d;
}

let db: Database;

beforeAll(async () => {
  db = await connectWithDataset(v2Dataset());
});

afterAll(async () => {
  await db.close();
});

async function read(cypher: string): Promise<any[]> {
  const session = db.driver.session({ database: db.database });
  try {
    return (await session.run(cypher)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

describe("a partner-network/v2 file", () => {
  it("stores the agreement, its renewals and its commitments in file order", async () => {
    const [p] = await read(`MATCH (p:Partnership {id: 'ps-jp'}) RETURN p.titleVi AS titleVi, p.documentNumber AS number, p.termYears AS term,
      toString(p.reportedOn) AS reportedOn, [d IN p.renewedOn | toString(d)] AS renewed, [d IN p.renewalExpiresOn | toString(d)] AS until, p.expiresOn AS expiresOn`);
    expect(p).toEqual({ titleVi: "Khánh Hòa – Tỉnh Ví Dụ", number: "01/TTHT", term: expect.anything(), reportedOn: "2017-04-01", renewed: ["2020-01-10"], until: ["2025-01-10"], expiresOn: null });
    expect(Number(p.term)).toBe(5);
    const commitments = await read(`MATCH (:Partnership {id: 'ps-jp'})-[:HAS_COMMITMENT]->(c:Commitment) RETURN c.id AS id, c.kind AS kind, c.target AS target, c.perYear AS perYear, c.activityKinds AS kinds ORDER BY c.position`);
    expect(commitments).toEqual([
      { id: "c-delegations", kind: "ACTIVITIES", target: 2, perYear: true, kinds: ["DELEGATION_IN", "DELEGATION_OUT"] },
      { id: "c-aid", kind: "FUNDS_USD", target: 50000, perYear: false, kinds: null },
    ]);
  });

  it("stores an activity's Vietnamese title, venue, delegation size and the task it serves", async () => {
    const [a] = await read(`MATCH (a:Activity {id: 'act-1'})-[:SERVES]->(t:Task) RETURN a.titleVi AS titleVi, a.venueCountry AS venue, toInteger(a.delegationSize) AS size, t.id AS task`);
    expect({ ...a, size: Number(a.size) }).toEqual({ titleVi: "Đoàn tỉnh bạn", venue: "VN", size: 12, task: "task-2" });
  });

  it("stores a permit linked to its NGO, people as actors and a user-assigned country in the INTERNATIONAL region", async () => {
    expect(await read(`MATCH (p:Permit:Entity)-[:PERMIT_OF]->(a:Actor) RETURN p.id AS id, a.id AS actor, p.kind AS kind, toString(p.expiresOn) AS expiresOn`))
      .toEqual([{ id: "pm-1", actor: "jp-ngo", kind: "PROJECT_OFFICE", expiresOn: "2021-12-31" }]);
    expect(await read(`MATCH (a:Actor {id: 'fr-person'}) RETURN a.kind AS kind`)).toEqual([{ kind: "PERSON" }]);
    expect(await read(`MATCH (c:Country {code: 'XZ'}) RETURN c.region AS region`)).toEqual([{ region: "INTERNATIONAL" }]);
  });

  it("reads back as the records of the file (what a write patches)", async () => {
    const d = v2Dataset();
    for (const [kind, id, section] of [["Partnership", "ps-jp", "partnerships"], ["Activity", "act-1", "activities"], ["Project", d.projects[0].id, "projects"]] as const) {
      const stored = await db.readTransaction((tx) => readRecord(tx, RECORD_KINDS[kind], id));
      const written = d[section].find((r: any) => r.id === id);
      expect(compact(stored), `${kind} ${id}`).toEqual(compact({ ...written, sectors: written.sectors ?? [], participantIds: written.participantIds, localityIds: written.localityIds }));
    }
  });

  it("changes nothing when imported again", async () => {
    const before = await graphFingerprint(db);
    await importDataset(db, v2Dataset());
    expect(await graphFingerprint(db)).toEqual(before);
    expect(await read(`MATCH (:Partnership {id: 'ps-jp'})-[:HAS_COMMITMENT]->(c) RETURN count(c) AS n`)).toEqual([{ n: expect.anything() }]);
    expect(Number((await read(`MATCH (:Partnership {id: 'ps-jp'})-[:HAS_COMMITMENT]->(c) RETURN count(c) AS n`))[0].n)).toBe(2);
  });
});

describe("the v2 integrity rules", () => {
  /** Imports a broken copy of the v2 dataset and returns the problems, as `path: message` lines; nothing may change. */
  async function rejected(change: (d: any) => void): Promise<string[]> {
    const before = await graphFingerprint(db);
    const d = v2Dataset();
    change(d);
    const error = await importDataset(db, d).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetRejected);
    expect(await graphFingerprint(db)).toEqual(before);
    return (error as DatasetRejected).problems.map(formatProblem);
  }
  const ps = (d: any) => d.partnerships.find((p: any) => p.id === "ps-jp");

  it("refuses an expiry before signing, a renewal before signing or ending before it starts, and a term given twice", async () => {
    expect(await rejected((d) => Object.assign(ps(d), { termYears: null, expiresOn: "2011-01-01" }))).toEqual([
      expect.stringMatching(/^partnerships\[0\]\.expiresOn: expiresOn 2011-01-01 is before signedOn/),
    ]);
    expect(await rejected((d) => (ps(d).renewals = [{ renewedOn: "2010-01-01", expiresOn: "2009-01-01" }]))).toEqual([
      expect.stringMatching(/^partnerships\[0\]\.renewals\[0\]\.renewedOn: renewedOn 2010-01-01 is before signedOn/),
      "partnerships[0].renewals[0].expiresOn: expiresOn 2009-01-01 is before renewedOn 2010-01-01",
    ]);
    expect(await rejected((d) => (ps(d).expiresOn = "2030-01-01"))).toEqual(["partnerships[0].termYears: give expiresOn or termYears, not both"]);
    expect(await rejected((d) => (ps(d).termYears = 0))).toEqual(["partnerships[0].termYears: must be at least 1"]);
  });

  it("refuses a duplicate commitment id and a commitment without a positive target", async () => {
    expect(await rejected((d) => (d.partnerships[1].commitments = [{ id: "c-aid", description: "Again", kind: "FUNDS_USD", target: 1, perYear: false }]))).toEqual([
      'partnerships[1].commitments[0].id: duplicate commitment id "c-aid" (first used at partnerships[0].commitments[1].id)',
    ]);
    expect(await rejected((d) => (ps(d).commitments[0].target = 0))).toEqual(["partnerships[0].commitments[0].target: must be > 0"]);
  });

  it("refuses a permit of a domestic actor or of a non-NGO, with its expiry before its issue", async () => {
    expect(await rejected((d) => (d.permits[0].actorId = "kh-dofa"))).toEqual([
      'permits[0].actorId: "kh-dofa" is a DOMESTIC actor; a permit\'s holder must be FOREIGN',
      'permits[0].actorId: "kh-dofa" is a GOVERNMENT_AGENCY; a permit\'s holder must be an NGO',
    ]);
    expect(await rejected((d) => (d.permits[0].actorId = "jp-pref"))).toEqual(['permits[0].actorId: "jp-pref" is a LOCALITY; a permit\'s holder must be an NGO']);
    expect(await rejected((d) => (d.permits[0].expiresOn = "2016-12-31"))).toEqual(["permits[0].expiresOn: expiresOn 2016-12-31 is before issuedOn 2017-01-01"]);
    expect(await rejected((d) => (d.permits[0].id = "jp-ngo"))).toEqual([expect.stringMatching(/^permits\[0\]\.id: duplicate id "jp-ngo"/)]);
  });

  it("refuses an activity serving an unknown task or held in an unknown country", async () => {
    const act = (d: any) => d.activities.find((a: any) => a.id === "act-1");
    expect(await rejected((d) => (act(d).taskId = "plan-1"))).toEqual(['activities[0].taskId: "plan-1" is a plan, expected a task']);
    expect(await rejected((d) => (act(d).venueCountry = "QQ"))).toEqual([expect.stringMatching(/^activities\[0\]\.venueCountry: unknown country code "QQ"/)]);
    expect(await rejected((d) => (act(d).delegationSize = 0))).toEqual(["activities[0].delegationSize: must be at least 1"]);
  });

  it("refuses an unknown format and a user-assigned code that is not listed", async () => {
    expect(await rejected((d) => (d.format = "partner-network/v3"))).toEqual([expect.stringMatching(/^format: must be one of partner-network\/v1, partner-network\/v2/)]);
    expect(await rejected((d) => (d.actors.find((a: any) => a.id === "fr-person").country = "XY"))).toEqual([expect.stringMatching(/^actors\[\d+\]\.country: unknown country code "XY"/)]);
  });
});

describe("a v1 file", () => {
  it("still imports, and means what it meant", async () => {
    await resetGraph(db);
    await importDataset(db, smallDataset());
    expect(await read(`MATCH (p:Permit) RETURN count(p) AS n`)).toEqual([{ n: expect.anything() }]);
    expect(Number((await read(`MATCH (n:Commitment) RETURN count(n) AS n`))[0].n)).toBe(0);
  });
});
