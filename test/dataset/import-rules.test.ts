/**
 * Every integrity rule of the dataset format: the file is rejected whole, the report names the
 * JSON path of each problem, and the graph is left exactly as it was (also with `replace`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { DatasetRejected, importDataset } from "../../src/dataset/import";
import { LIMITS } from "../../src/dataset/format";
import { MAX_LISTED_PROBLEMS } from "../../src/dataset/problems";
import { formatProblem } from "../../src/dataset/validate";
import { smallDataset, type SmallDataset } from "../fixtures/small";
import { connectWithDataset, graphFingerprint } from "../support/db";

let db: Database;
let before: Record<string, number>;

beforeAll(async () => {
  db = await connectWithDataset(smallDataset());
  before = await graphFingerprint(db);
});

afterAll(async () => {
  await db.close();
});

/** Imports a broken copy of the small dataset and returns the problems reported, as `path: message` lines. */
// The fixture is deliberately broken in ways its type forbids, hence `any`.
async function rejected(change: (d: any) => void, replace = false): Promise<string[]> {
  const dataset = smallDataset();
  change(dataset);
  const error = await importDataset(db, dataset, { replace }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetRejected);
  expect(await graphFingerprint(db)).toEqual(before);
  return (error as DatasetRejected).problems.map(formatProblem);
}

describe("the document", () => {
  it("must declare the format", async () => {
    expect(await rejected((d) => (d.format = "partner-network/v0"))).toEqual(['format: must be one of partner-network/v1, partner-network/v2; got "partner-network/v0"']);
  });

  it("must be a JSON object", async () => {
    const error = await importDataset(db, [1, 2]).catch((e: unknown) => e);
    expect((error as DatasetRejected).problems.map(formatProblem)).toEqual(["the document must be a JSON object"]);
  });

  it("rejects an unknown top-level field, e.g. a misspelt array", async () => {
    expect(await rejected((d) => (d.activites = []))).toEqual(["activites: unknown field (not part of partner-network/v1 or v2)"]);
  });

  it("rejects an unknown field of a record", async () => {
    expect(await rejected((d) => (d.actors[2].emial = "x"))).toEqual(["actors[2].emial: unknown field (not part of partner-network/v1 or v2)"]);
  });
});

describe("shape of records", () => {
  it("requires required fields", async () => {
    expect(await rejected((d) => delete (d.partnerships[0] as any).signedOn)).toEqual(["partnerships[0].signedOn: is required"]);
  });

  it("checks ids against the id pattern", async () => {
    expect(await rejected((d) => (d.actors[5].id = "-bad id"))).toContain(
      "actors[5].id: must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$",
    );
  });

  it("checks dates are real calendar dates", async () => {
    expect(await rejected((d) => (d.activities[0].date = "2019-02-29"))).toEqual(["activities[0].date: must be a date written YYYY-MM-DD"]);
  });

  it("checks enum values exactly", async () => {
    expect(await rejected((d) => (d.activities[1].kind = "delegation_in"))).toEqual([
      'activities[1].kind: must be one of DELEGATION_IN, DELEGATION_OUT, CONFERENCE, WORKSHOP, TRADE_FAIR, EXHIBITION, CULTURAL_EXCHANGE, SPORTS_EXCHANGE, TRAINING, PRESS_VISIT, RECEPTION, AID_MOBILIZATION, INVESTMENT_PROMOTION, OTHER; got "delegation_in"',
    ]);
  });

  it("checks money: amount >= 0 and an ISO 4217 currency", async () => {
    expect(await rejected((d) => (d.activities[0].funds = { amount: -5, currency: "yen" }))).toEqual([
      "activities[0].funds.amount: must be >= 0",
      "activities[0].funds.currency: must be an ISO 4217 currency code (three capitals)",
    ]);
  });

  it("checks review scores are 1 to 5", async () => {
    expect(await rejected((d) => (d.reviews[0].score = 6))).toEqual(["reviews[0].score: must be 1 to 5"]);
  });

  it("checks DAC codes have 5 digits", async () => {
    expect(await rejected((d) => (d.projects[0].dacCode = "1403"))).toEqual(["projects[0].dacCode: must be a 5-digit DAC purpose code"]);
  });

  it("requires at least one party on each side", async () => {
    expect(await rejected((d) => (d.partnerships[2].foreignPartyIds = []))).toEqual(["partnerships[2].foreignPartyIds: must list at least one id"]);
  });
});

describe("sizes", () => {
  it("refuses a name, title or free text longer than its limit, with the length found", async () => {
    const huge = "x".repeat(LIMITS.longText + 1);
    expect(await rejected((d) => {
      d.actors[0].name = "n".repeat(LIMITS.shortText + 1);
      d.activities[0].title = huge;
      d.activities[1].outcome = huge;
    })).toEqual([
      `actors[0].name: must be at most ${LIMITS.shortText} characters, got ${LIMITS.shortText + 1}`,
      `activities[0].title: must be at most ${LIMITS.shortText} characters, got ${LIMITS.longText + 1}`,
      `activities[1].outcome: must be at most ${LIMITS.longText} characters, got ${LIMITS.longText + 1}`,
    ]);
  });

  it("refuses a list of ids longer than its limit", async () => {
    expect(await rejected((d) => (d.activities[0].participantIds = Array.from({ length: LIMITS.listItems + 1 }, () => "jp")))).toEqual([
      `activities[0].participantIds: must list at most ${LIMITS.listItems} items, got ${LIMITS.listItems + 1}`,
    ]);
  });
});

describe("a report of many problems", () => {
  it("lists the first ones and counts them all, without running out of stack", async () => {
    const broken = 200_000;
    const error = await importDataset(db, {
      format: "partner-network/v1",
      activities: Array.from({ length: broken }, (_, i) => ({ id: `a${i}`, kind: "NOPE" })),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetRejected);
    const rejection = error as DatasetRejected;
    expect(rejection.total).toBe(broken * 4); // kind, title, date and organizerIds of each
    expect(rejection.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(rejection.message).toContain(`The dataset was rejected (${broken * 4} problems); nothing was written:`);
    expect(rejection.message.split("\n").at(-1)).toBe(`  … and ${broken * 4 - MAX_LISTED_PROBLEMS} more (the first ${MAX_LISTED_PROBLEMS} are listed)`);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe("references", () => {
  it("reports an unknown id with its path", async () => {
    expect(await rejected((d) => ((d.activities[3] as any).partnershipId = "p9"))).toEqual(['activities[3].partnershipId: unknown id "p9"']);
  });

  it("reports a reference to a record of the wrong type", async () => {
    expect(await rejected((d) => (d.reviews[0].partnershipId = "act-1"))).toEqual([
      'reviews[0].partnershipId: "act-1" is an activity, expected a partnership',
    ]);
  });

  it("checks every kind of reference: parent, successors, members, parties, organisers, participants, funders, reviewers, issuers, assignees, units, plans", async () => {
    const problems = await rejected((d) => {
      (d.actors[1] as any).parentId = "x1";
      (d.actors[4] as any).successorIds = ["x2"];
      d.memberships[0].organizationId = "x3";
      d.partnerships[2].domesticPartyIds = ["kh-dofa", "x4"];
      d.activities[2].participantIds = ["x5"];
      d.projects[0].implementerIds = ["x6"];
      d.reviews[1].reviewerId = "x7";
      d.plans[0].issuerId = "x8";
      d.plans[0].tasks[1].assigneeIds = ["x9"];
      d.reports[0].unitId = "x10";
      d.reports[1].planId = "x11";
    });
    expect(problems).toEqual([
      'actors[1].parentId: unknown id "x1"',
      'actors[4].successorIds[0]: unknown id "x2"',
      'memberships[0].organizationId: unknown id "x3"',
      'partnerships[2].domesticPartyIds[1]: unknown id "x4"',
      'activities[2].participantIds[0]: unknown id "x5"',
      'projects[0].implementerIds[0]: unknown id "x6"',
      'reviews[1].reviewerId: unknown id "x7"',
      'plans[0].issuerId: unknown id "x8"',
      'plans[0].tasks[1].assigneeIds[0]: unknown id "x9"',
      'reports[0].unitId: unknown id "x10"',
      'reports[1].planId: unknown id "x11"',
    ]);
  });

  it("reports every problem of the file, not only the first", async () => {
    const problems = await rejected((d) => {
      d.activities[0].organizerIds = ["nobody"];
      d.projects[1].funderIds = ["nobody-else"];
      d.reviews[0].year = 2018.5;
    });
    expect(problems).toEqual([
      "reviews[0].year: must be a whole year",
      'activities[0].organizerIds[0]: unknown id "nobody"',
      'projects[1].funderIds[0]: unknown id "nobody-else"',
    ]);
  });
});

describe("sides and kinds", () => {
  it("domestic parties must be DOMESTIC", async () => {
    expect(await rejected((d) => (d.partnerships[2].domesticPartyIds = ["kh-dofa", "jp-ngo"]))).toEqual([
      'partnerships[2].domesticPartyIds[1]: "jp-ngo" is a FOREIGN actor; domestic parties must be DOMESTIC',
    ]);
  });

  it("foreign parties must be FOREIGN", async () => {
    expect(await rejected((d) => (d.partnerships[2].foreignPartyIds = ["kh-ufo"]))).toEqual([
      'partnerships[2].foreignPartyIds[0]: "kh-ufo" is a DOMESTIC actor; foreign parties must be FOREIGN',
    ]);
  });

  it("every party of a SISTER_LOCALITY partnership is a LOCALITY", async () => {
    expect(await rejected((d) => (d.partnerships[0].foreignPartyIds = ["jp-pref", "jp-ngo"]))).toEqual([
      'partnerships[0].foreignPartyIds[1]: "jp-ngo" is a NGO; every party of a SISTER_LOCALITY partnership must be a LOCALITY actor',
    ]);
    expect(await rejected((d) => (d.partnerships[0].domesticPartyIds = ["kh-dofa"]))).toEqual([
      'partnerships[0].domesticPartyIds[0]: "kh-dofa" is a GOVERNMENT_AGENCY; every party of a SISTER_LOCALITY partnership must be a LOCALITY actor',
    ]);
  });

  it("organizers must be DOMESTIC", async () => {
    expect(await rejected((d) => (d.activities[3].organizerIds = ["jp-ngo"]))).toEqual([
      'activities[3].organizerIds[0]: "jp-ngo" is a FOREIGN actor; organizers must be DOMESTIC',
    ]);
  });

  it("a project's localities must be LOCALITY actors", async () => {
    expect(await rejected((d) => (d.projects[0].localityIds = ["kh-dofa"]))).toEqual([
      'projects[0].localityIds[0]: "kh-dofa" is a GOVERNMENT_AGENCY; a project\'s localities must be LOCALITY actors',
    ]);
  });
});

describe("countries", () => {
  it("an actor's country must be listed or a known ISO code", async () => {
    expect(await rejected((d) => (d.actors[6].country = "XX"))).toEqual([
      'actors[6].country: unknown country code "XX": list it in countries or use an ISO 3166-1 alpha-2 code',
    ]);
  });

  it("a plan's priority countries must be listed or known", async () => {
    expect(await rejected((d) => d.plans[0].priorityCountries.push("QQ"))).toEqual([
      'plans[0].priorityCountries[3]: unknown country code "QQ": list it in countries or use an ISO 3166-1 alpha-2 code',
    ]);
  });

  it("a country is listed once", async () => {
    expect(await rejected((d) => d.countries.push({ ...d.countries[1] }))).toEqual(['countries[3].code: duplicate country "JP" (first at countries[1])']);
  });
});

describe("dates in order", () => {
  it.each([
    ["partnership endedOn before signedOn", (d: SmallDataset) => ((d.partnerships[1] as any).endedOn = "2016-02-29"), "partnerships[1].endedOn: endedOn 2016-02-29 is before signedOn 2016-03-01"],
    ["activity endDate before date", (d: SmallDataset) => ((d.activities[1] as any).endDate = "2018-12-30"), "activities[1].endDate: endDate 2018-12-30 is before date 2018-12-31"],
    ["project endOn before startOn", (d: SmallDataset) => ((d.projects[1] as any).endOn = "2015-12-31"), "projects[1].endOn: endOn 2015-12-31 is before startOn 2016-01-01"],
    ["actor validTo before validFrom", (d: SmallDataset) => ((d.actors[4] as any).validFrom = "2025-07-01"), "actors[4].validTo: validTo 2025-06-30 is before validFrom 2025-07-01"],
    ["membership until before since", (d: SmallDataset) => ((d.memberships[0] as any).until = "2009-12-31"), "memberships[0].until: until 2009-12-31 is before since 2010-01-01"],
    ["plan toYear before fromYear", (d: SmallDataset) => (d.plans[0].toYear = 2016), "plans[0].toYear: toYear 2016 is before fromYear 2017"],
  ])("%s", async (_name, change, message) => {
    expect(await rejected(change)).toEqual([message]);
  });

  it("accepts an end on the start day", async () => {
    const d = smallDataset();
    (d.partnerships[1] as any).endedOn = d.partnerships[1].signedOn;
    await importDataset(db, d);
    await importDataset(db, smallDataset()); // back to the reference state
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe("unique ids", () => {
  it("ids are unique across the whole document", async () => {
    expect(await rejected((d) => (d.projects[1].id = "ps-jp"))).toEqual(['projects[1].id: duplicate id "ps-jp" (first used at partnerships[0].id)']);
  });

  it("task ids count too", async () => {
    expect(await rejected((d) => (d.plans[0].tasks[1].id = "kh"))).toEqual(['plans[0].tasks[1].id: duplicate id "kh" (first used at actors[0].id)']);
  });

  it("an id already used in the graph by another type is refused", async () => {
    const problems = await rejected((d) => {
      for (const key of Object.keys(d)) if (key !== "format") delete d[key];
      d.activities = [{ id: "ps-jp", kind: "OTHER", title: "x", date: "2020-01-01", organizerIds: ["kh"] }];
    });
    expect(problems).toEqual(['activities[0].id: id "ps-jp" is already used by a partnership in the graph']);
  });

  it("one exchange rate per currency and year", async () => {
    expect(await rejected((d) => d.exchangeRates.push({ currency: "JPY", year: 2018, usdPerUnit: 0.009 }))).toEqual([
      "exchangeRates[2]: duplicate rate for JPY in 2018 (first at exchangeRates[0])",
    ]);
  });
});

describe("with replace", () => {
  it("a rejected file leaves the graph as it was: the wipe is rolled back with it", async () => {
    expect(await rejected((d) => (d.activities[0].partnershipId = "p9"), true)).toEqual(['activities[0].partnershipId: unknown id "p9"']);
  });
});
