/** The activity tallies partnerCoverage reads (cypher/tallies), seen and switched from tests. */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Database } from "../../src/db/database";

/** Whether coverage queries would read the tallies now. */
export async function talliesAreCurrent(db: Database): Promise<boolean> {
  const [row] = await db.read("queries/analytics/coverage/tallied");
  return row.tallied === true;
}

/**
 * Makes the tallies match the graph's version again (`current`), or not, as a batched import does
 * when it starts: the graph gets a version its tallies were not built for.
 */
export async function setTalliesCurrent(db: Database, current: boolean): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(
      "MATCH (v:GraphVersion {id: 'graph'}) SET v.version = CASE WHEN $current THEN v.talliedVersion ELSE $fresh END",
      { current, fresh: randomUUID() },
    );
  } finally {
    await session.close();
  }
}

/**
 * `ask`'s answer with the tallies as they are (they must be current), and again walked live (the
 * tallies marked stale for the while): the two must agree. Returns the tallied one.
 */
export async function talliedAsLive<T>(db: Database, ask: () => Promise<T>): Promise<T> {
  expect(await talliesAreCurrent(db)).toBe(true);
  const tallied = await ask();
  await setTalliesCurrent(db, false);
  try {
    expect(await ask()).toEqual(tallied);
  } finally {
    await setTalliesCurrent(db, true);
  }
  return tallied;
}
