/**
 * partnerCoverage's activity tallies (cypher/tallies): every import builds them, coverage
 * reads them while they match the graph's version, and their answers are the live walk's, on a
 * generated network with many countries, kinds, currencies and years.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { generateDataset } from "../../scripts/generator";
import { ImportInterrupted, importDataset } from "../../src/dataset/import";
import { connectTestDb, resetGraph } from "../support/db";
import { createGraphQL, type TestGraphQL } from "../support/graphql";
import { setTalliesCurrent, talliesAreCurrent } from "../support/tallies";

const QUERY = `query ($period: PeriodInput!, $kinds: [ActorKind!]) {
  partnerCoverage(period: $period, kinds: $kinds) {
    rows { country { code } partners partnersByKind { kind count } activePartners partnershipsInForce sisterLocalities
           activities projects fundsMobilizedUsd unconvertedFunds { amount currency } lastActivityOn priority status }
    totals { partners partnershipsInForce activities projects fundsMobilizedUsd unconvertedFunds { amount currency } }
  } }`;

let db: Database;
let gql: TestGraphQL;
let dataset: Record<string, unknown[]>;

beforeAll(async () => {
  db = await connectTestDb();
  await resetGraph(db);
  dataset = (await generateDataset({ scale: "tiny", seed: 11 })) as Record<string, unknown[]>;
  await importDataset(db, dataset);
  gql = await createGraphQL(db);
});

afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

async function coverage(variables: Record<string, unknown>) {
  const result = await gql.run(QUERY, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.partnerCoverage;
}

/**
 * Expects two coverage answers to be the same, money within a cent: both paths sum the same float
 * amounts, in another order, so a total can land on the other side of a half cent.
 */
function expectSameCoverage(actual: Record<string, any>, expected: Record<string, any>) {
  const money: [number, number][] = [];
  const strip = (value: unknown, other: unknown): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => strip(v, (other as unknown[] | undefined)?.[i]));
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => {
      const o = (other as Record<string, unknown> | undefined)?.[key];
      if ((key === "fundsMobilizedUsd" || key === "amount") && typeof v === "number" && typeof o === "number") {
        money.push([v, o]);
        return [key, "money"];
      }
      return [key, strip(v, o)];
    }));
  };
  expect(strip(actual, expected)).toEqual(strip(expected, actual));
  for (const [a, b] of money) expect(Math.abs(a - b)).toBeLessThanOrEqual(0.0100001);
}

describe("activity tallies", () => {
  it("an import leaves them matching the graph", async () => {
    expect(await talliesAreCurrent(db)).toBe(true);
  });

  it.each([
    [{ fromYear: 2010, toYear: 2024 }, null],
    [{ fromYear: 2016, toYear: 2020 }, null],
    [{ fromYear: 2016, toYear: 2020 }, ["NGO"]],
    [{ fromYear: 2012, toYear: 2013 }, ["LOCALITY", "INTERNATIONAL_ORGANIZATION", "NGO"]],
    [{ fromYear: 2023, toYear: 2023 }, null],
    [{ fromYear: 1990, toYear: 1995 }, null],
  ])("answer as the live walk does: %j, kinds %j", async (period, kinds) => {
    const fromTallies = await coverage({ period, kinds });
    await setTalliesCurrent(db, false);
    try {
      const live = await coverage({ period, kinds });
      expectSameCoverage(fromTallies, live);
    } finally {
      await setTalliesCurrent(db, true);
    }
    // The comparison means something only if the period holds activities, partners and funds.
    if (period.fromYear !== 1990) {
      expect(fromTallies.totals.activities).toBeGreaterThan(0);
      expect(fromTallies.rows.some((r: { activePartners: number }) => r.activePartners > 0)).toBe(true);
      expect(fromTallies.totals.fundsMobilizedUsd).toBeGreaterThan(0);
    }
  });

  it("are what coverage reads while they match", async () => {
    const period = { fromYear: 2015, toYear: 2015 };
    const before = await coverage({ period });
    const row = before.rows.find((r: { activities: number }) => r.activities > 0);
    const session = db.driver.session({ database: db.database });
    const change = (delta: number) => session.run(
      "MATCH (t:CountryActivityTally {country: $code, year: 2015}) WITH t LIMIT 1 SET t.activities = t.activities + $delta",
      { code: row.country.code, delta },
    );
    try {
      await change(1000);
      // Same version, so the cached answer would come back: ask with another period holding 2015.
      const after = await coverage({ period: { fromYear: 2015, toYear: 2016 } });
      const live = before.rows.find((r: { country: { code: string } }) => r.country.code === row.country.code).activities;
      const changed = after.rows.find((r: { country: { code: string } }) => r.country.code === row.country.code).activities;
      expect(changed).toBeGreaterThanOrEqual(live + 1000);
    } finally {
      await change(-1000);
      await session.close();
    }
  });

  it("a batched import that stops part-way leaves coverage walked live until it is run again", async () => {
    const period = { fromYear: 2016, toYear: 2020 };
    const stop = () => { throw new Error("simulated crash"); };
    // The dataset again, with a copy of each of its activities under a new id.
    const activities = dataset.activities as { id: string }[];
    const more = { ...dataset, activities: [...activities, ...activities.map((a) => ({ ...a, id: `copy-${a.id}` }))] };
    await expect(importDataset(db, more, { transactionSize: 200, onCommit: (n) => n === 2 && stop() })).rejects.toThrow(ImportInterrupted);
    expect(await talliesAreCurrent(db)).toBe(false);
    const partial = await coverage({ period });
    await importDataset(db, more, { transactionSize: 200 });
    expect(await talliesAreCurrent(db)).toBe(true);
    const complete = await coverage({ period });
    await setTalliesCurrent(db, false);
    try {
      expectSameCoverage(await coverage({ period }), complete);
    } finally {
      await setTalliesCurrent(db, true);
    }
    // The copies count; the partial import had not written them yet.
    expect(complete.totals.activities).toBe(2 * partial.totals.activities);
    await importDataset(db, dataset, { replace: true });
  });
});
