/**
 * Database.read sends auto-commit queries; one that fails with a retryable error is answered by a
 * managed transaction instead, which the driver retries. The failure is injected in front of the
 * suite's real Neo4j: every answer below comes from the database.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Database } from "../../src/db/database";
import { connectTestDb } from "../support/db";

let db: Database;
beforeAll(async () => {
  db = await connectTestDb();
});
afterAll(async () => {
  await db?.close();
});

/** The suite's driver, except that the next auto-commit query fails with `error`. */
function failingOnce(driver: Driver, error: Error): Driver {
  let failed = false;
  const session = (config: Parameters<Driver["session"]>[0]) => {
    const real = driver.session(config);
    return new Proxy(real, {
      get(target, property) {
        if (property === "run" && !failed) {
          failed = true;
          return () => Promise.reject(error);
        }
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(driver, { get: (target, property) => (property === "session" ? session : Reflect.get(target, property, target)) });
}

it("answers a read that failed with a retryable error from a managed retry", async () => {
  const unavailable = new neo4j.Neo4jError("the server went away", "ServiceUnavailable", "08000", "connection exception");
  expect(neo4j.isRetryableError(unavailable)).toBe(true);
  const flaky = new Database(failingOnce(db.driver, unavailable), db.database);
  expect(await flaky.read("queries/health")).toEqual([{ ok: 1 }]);
});

it("passes any other error to the caller", async () => {
  const refused = new neo4j.Neo4jError("not allowed", "Neo.ClientError.Security.Forbidden", "42NFF", "permission denied");
  const flaky = new Database(failingOnce(db.driver, refused), db.database);
  await expect(flaky.read("queries/health")).rejects.toBe(refused);
  // The next read goes through.
  expect(await flaky.read("queries/health")).toEqual([{ ok: 1 }]);
});

it("names the statement that failed in its error, and leaves stack traces as they were", async () => {
  const limit = Error.stackTraceLimit;
  const failed = await db.readComposed({ name: "test/unknown-variable", text: "RETURN nope AS v" }).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(neo4j.Neo4jError);
  expect(failed).toMatchObject({ code: "Neo.ClientError.Statement.SyntaxError", statement: "test/unknown-variable" });
  // The driver recorded no frames for it: formatting them for every statement was the cost (BENCHMARKS.md, round 11).
  expect((failed as Error).stack).not.toMatch(/\n\s+at /);
  // A statement of a transaction, here one sent without its parameters (refused before it runs).
  const inTransaction = await db.writeTransaction(async (tx) => {
    await tx.run("queries/health");
    return tx.run("writes/audit", {});
  }).catch((error: unknown) => error);
  expect(inTransaction).toMatchObject({ code: "Neo.ClientError.Statement.ParameterMissing", statement: "writes/audit" });
  expect(Error.stackTraceLimit).toBe(limit);
  expect(new Error("after").stack?.split("\n").length).toBeGreaterThan(2);
  expect(await db.read("queries/health")).toEqual([{ ok: 1 }]);
});
