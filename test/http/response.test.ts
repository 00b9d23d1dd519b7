/**
 * The answer's size bound (GRAPHQL_MAX_RESPONSE_BYTES) counts the bytes sent, not characters:
 * an answer with Vietnamese names is longer in UTF-8 than in characters, and the bound holds at the
 * exact byte. What is sent is those bytes, with their length.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { importDataset } from "../../src/dataset/import";
import { DEFAULT_LIMITS } from "../../src/requestLimits";
import { startServer, type RunningServer } from "../../src/server";
import { connectTestDb, resetGraph } from "../support/db";
import { smallDataset } from "../fixtures/small";

const QUERY = "{ countries { code nameVi partners(first: 5) { edges { node { id nameVi } } } } }";

let db: Database;
const servers: RunningServer[] = [];

async function serverWithLimit(maxResponseBytes: number): Promise<string> {
  const server = await startServer(db, { host: "127.0.0.1", port: 0, production: true, limits: { ...DEFAULT_LIMITS, maxResponseBytes } });
  servers.push(server);
  return server.url;
}

const ask = (url: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY }) });

beforeAll(async () => {
  db = await connectTestDb();
  await resetGraph(db);
  await importDataset(db, smallDataset());
});

afterAll(async () => {
  for (const server of servers) {
    await server.stop();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
  await db.close();
});

describe("the answer's size bound", () => {
  let text: string;
  let bytes: number;

  beforeAll(async () => {
    const response = await ask(await serverWithLimit(DEFAULT_LIMITS.maxResponseBytes));
    expect(response.status).toBe(200);
    const raw = Buffer.from(await response.arrayBuffer());
    bytes = raw.length;
    text = raw.toString("utf8");
    expect(Number(response.headers.get("content-length"))).toBe(bytes);
  });

  it("sends the answer as UTF-8 with its byte length", () => {
    const countries = JSON.parse(text).data.countries;
    expect(countries.find((c: { code: string }) => c.code === "VN").nameVi).toBe("Việt Nam");
    // The names' diacritics take more than one byte each: characters and bytes differ.
    expect(bytes).toBeGreaterThan(text.length);
  });

  it("answers an answer of exactly the bound", async () => {
    const response = await ask(await serverWithLimit(bytes));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(text);
  });

  it("refuses an answer one byte over the bound, even when its characters fit, and says how large it would be", async () => {
    for (const limit of [bytes - 1, text.length, text.length - 1]) {
      const response = await ask(await serverWithLimit(limit));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("RESPONSE_TOO_LARGE");
      expect(body.errors[0].message).toContain(`would be ${bytes} bytes, more than the limit of ${limit}`);
    }
  });
});
