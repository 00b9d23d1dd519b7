/** /health and /ready: what they answer, and /ready bringing back a schema the database lost. */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { missingSchema } from "../../src/db/schema";
import { startServer, type RunningServer } from "../../src/server";
import { connectTestDb } from "../support/db";

let db: Database;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  db = await connectTestDb();
  server = await startServer(db, { host: "127.0.0.1", port: 0, production: true });
  base = server.url.replace(/\/graphql$/, "");
});

afterAll(async () => {
  await server.stop();
  await new Promise((resolve) => server.httpServer.close(resolve));
  await db.close();
});

it("answers /health and /ready 200 when Neo4j answers with the whole schema", async () => {
  expect(await missingSchema(db)).toEqual([]);
  const health = await fetch(`${base}/health`);
  expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
  const ready = await fetch(`${base}/ready`);
  expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
});

it("answers /ready 503 while an index is missing, applies the schema again, and is ready once it is built", async () => {
  await db.driver.executeQuery("DROP INDEX activity_kind");
  const ready = await fetch(`${base}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: "schema not ready: 1 constraint(s) or index(es) missing or building" });
  expect((await fetch(`${base}/health`)).status).toBe(200);
  await expect.poll(async () => (await fetch(`${base}/ready`)).status, { timeout: 30_000, interval: 250 }).toBe(200);
  expect(await missingSchema(db)).toEqual([]);
});
