/**
 * A request's view of the database (Database.forRequest): its transactions carry the request's id,
 * end at its deadline, and end when it is stopped (its client went away), in Neo4j itself, not only
 * in the service.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { ClientGone, RequestTimeout, createRequestScope } from "../../src/requestScope";
import { connectTestDb } from "../support/db";

let db: Database;
/** A statement that keeps Neo4j busy for many seconds. */
const SLOW = { name: "slow", text: "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n" };

beforeAll(async () => {
  db = await connectTestDb();
});

afterAll(async () => {
  await db.close();
});

/** The transactions Neo4j is running for `requestId` (the SHOW itself has no request id). */
async function transactionsOf(requestId: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.requestId = $requestId RETURN transactionId", { requestId });
  return records.map((r) => String(r.get("transactionId")));
}

it("tags its transactions with the request id, and ends them in Neo4j when the request is stopped", async () => {
  const scope = createRequestScope({ timeoutMs: 60_000, id: "stopped-request" });
  const running = db.forRequest(scope).readComposed(SLOW);
  running.catch(() => {});
  await expect.poll(() => transactionsOf("stopped-request"), { timeout: 5_000 }).toHaveLength(1);
  const stoppedAt = Date.now();
  scope.abort(new ClientGone());
  await expect(running).rejects.toBeInstanceOf(ClientGone);
  expect(Date.now() - stoppedAt).toBeLessThan(1_000);
  await expect.poll(() => transactionsOf("stopped-request"), { timeout: 5_000 }).toEqual([]);
  expect(db.sessionsOpen).toBe(0);
  scope.end();
});

it("ends its transactions at the deadline", async () => {
  const scope = createRequestScope({ timeoutMs: 700, id: "late-request" });
  const started = Date.now();
  await expect(db.forRequest(scope).readComposed(SLOW)).rejects.toBeInstanceOf(RequestTimeout);
  expect(Date.now() - started).toBeLessThan(2_000);
  await expect.poll(() => transactionsOf("late-request"), { timeout: 5_000 }).toEqual([]);
  expect(db.sessionsOpen).toBe(0);
});

it("opens no session for a request already stopped", async () => {
  const scope = createRequestScope({ timeoutMs: 60_000 });
  scope.abort(new ClientGone());
  await expect(db.forRequest(scope).read("queries/health")).rejects.toBeInstanceOf(ClientGone);
  expect(db.sessionsOpen).toBe(0);
  scope.end();
});

it("leaves work outside any request unbounded", async () => {
  expect(await db.read("queries/health")).toEqual([{ ok: 1 }]);
});
