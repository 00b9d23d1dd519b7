/**
 * Fault injection: Neo4j dies (SIGKILL) under a small read load and comes back on the same data.
 * During the outage every GraphQL request is answered quickly with a fixed, coded error and nothing
 * of the database leaks; /health and /ready answer 503 within the probe bound; the process keeps
 * serving. Once Neo4j is back the service recovers by itself: probes 200, the same answers as before,
 * and no session left open.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { applySchema } from "../../src/db/schema";
import { importDataset } from "../../src/dataset/import";
import { DEFAULT_LIMITS } from "../../src/requestLimits";
import { startServer, type RunningServer } from "../../src/server";
import { smallDataset } from "../fixtures/small";
import { KillableNeo4j, median, sleep, waitFor } from "./support";

/** A cheap query and an entity page (a filtered Relay page with nested relations). */
const QUERIES = {
  cheap: `{ actor(id: "kh") { id name kind } }`,
  page: `{ actors(first: 5, filter: { side: FOREIGN }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind country { code name } partnerships { id title signedOn } } }
  } }`,
} as const;
type QueryName = keyof typeof QUERIES;

const CLIENTS = 3;
/** Pause between two requests of one client: a bounded load. */
const THINK_MS = 50;
/**
 * No request may take longer than this to be answered while Neo4j is away: the request deadline
 * (REQUEST_TIMEOUT_MS, 10 s by default), plus the time to write a REQUEST_TIMEOUT answer once it passed.
 */
const OUTAGE_ANSWER_MS = DEFAULT_LIMITS.timeoutMs + 500;
const PROBE_ANSWER_MS = 2_000;
const RECOVERY_MS = 30_000;

/** The only error answers a client may see while the database is away: fixed texts, one code each. */
const ALLOWED_ERRORS: Record<string, RegExp> = {
  SERVICE_UNAVAILABLE: /^The database is unavailable; try again later$/,
  REQUEST_TIMEOUT: /^The request (ran longer than \d+ ms \(REQUEST_TIMEOUT_MS\)|ran out of time in the database \(REQUEST_TIMEOUT_MS\)) and was stopped$/,
};
/** Text no answer may carry: driver, Cypher, addresses, stacks. */
const LEAK = /neo4j|bolt|cypher|MATCH|RETURN|UNWIND|ECONN|127\.0\.0\.1|stack|trace|\bat \S+ \(|Error:|Exception|driver|session|transaction/i;

interface Answer {
  client: number;
  query: QueryName;
  start: number;
  end: number;
  status?: number;
  text?: string;
  body?: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
  /** The request got no HTTP answer at all (refused, reset, or our own 20 s abort). */
  failure?: string;
}

const log = (line: string) => console.log(`[neo4j-restart] ${line}`);

let neo4j: KillableNeo4j;
let db: Database;
let server: RunningServer;
let base: string;
const unexpected: unknown[] = [];

beforeAll(async () => {
  neo4j = await KillableNeo4j.start("faults-restart-");
  db = neo4j.database();
  await applySchema(db);
  await importDataset(db, smallDataset());
  server = await startServer(db, { host: "127.0.0.1", port: 0, production: true, log: (error) => unexpected.push(error) });
  base = server.url.replace(/\/graphql$/, "");
}, 150_000);

afterAll(async () => {
  await server?.stop();
  if (server) await new Promise((resolve) => server.httpServer.close(resolve));
  await db?.close();
  await neo4j?.dispose();
}, 90_000);

async function ask(client: number, query: QueryName): Promise<Answer> {
  const start = Date.now();
  try {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERIES[query] }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    return { client, query, start, end: Date.now(), status: response.status, text, body: JSON.parse(text) };
  } catch (error) {
    return { client, query, start, end: Date.now(), failure: String(error) };
  }
}

async function probe(path: "/health" | "/ready"): Promise<{ status: number; ms: number; text: string }> {
  const start = Date.now();
  const response = await fetch(base + path, { signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  return { status: response.status, ms: Date.now() - start, text };
}

/** `CLIENTS` clients, each asking the cheap query and the entity page in turn until stopped. */
function startLoad() {
  const answers: Answer[] = [];
  let running = true;
  const clients = Array.from({ length: CLIENTS }, async (_, client) => {
    for (let i = client; running; i++) {
      answers.push(await ask(client, i % 2 === 0 ? "cheap" : "page"));
      await sleep(THINK_MS);
    }
  });
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

/** Checks an error answer: every error a fixed message with its one code, nothing else in the body. */
function expectCleanOutageError(answer: Answer): void {
  const where = `${answer.query} request of client ${answer.client} at +${answer.start} ms`;
  expect(answer.failure, where).toBeUndefined();
  expect(answer.body?.errors?.length, `${where}: ${answer.text}`).toBeGreaterThan(0);
  for (const error of answer.body!.errors!) {
    expect(Object.keys(error).filter((k) => !["message", "path", "locations", "extensions"].includes(k)), where).toEqual([]);
    expect(Object.keys(error.extensions ?? {}), `${where}: ${answer.text}`).toEqual(["code"]);
    const code = String(error.extensions!.code);
    expect(Object.keys(ALLOWED_ERRORS), `${where}: ${answer.text}`).toContain(code);
    expect(error.message, where).toMatch(ALLOWED_ERRORS[code]);
  }
  expect(answer.text, where).not.toMatch(LEAK);
}

it("answers fast and cleanly while Neo4j is down, and recovers by itself once it is back", async () => {
  // The answers before the outage, which the service must give again after it.
  const before: Record<QueryName, unknown> = { cheap: undefined, page: undefined };
  for (const query of Object.keys(QUERIES) as QueryName[]) {
    const answer = await ask(0, query);
    expect(answer.body?.errors, answer.text).toBeUndefined();
    before[query] = answer.body!.data;
  }
  expect((before.page as any).actors.edges).toHaveLength(5);
  expect((await probe("/health")).status).toBe(200);
  expect((await probe("/ready")).status).toBe(200);

  const load = startLoad();
  try {
    await sleep(1_500);

    // ---- Neo4j dies.
    const killAt = Date.now();
    await neo4j.kill();
    const deadAt = Date.now();
    log(`Neo4j killed (SIGKILL), gone after ${deadAt - killAt} ms`);

    // ---- The outage: probes 503 within their bound, the process keeps serving, for long enough
    // that every client has asked several times against a dead Neo4j.
    const probes: { path: string; status: number; ms: number; text: string }[] = [];
    const outageEnd = deadAt + 10_000;
    while (Date.now() < outageEnd) {
      for (const path of ["/health", "/ready"] as const) probes.push({ path, ...(await probe(path)) });
      const metrics = await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(5_000) });
      expect(metrics.status).toBe(200);
      await metrics.text();
      await sleep(500);
    }
    const restartAt = Date.now();
    for (const p of probes) {
      expect(p.status, `${p.path} during the outage: ${p.text}`).toBe(503);
      expect(p.ms, `${p.path} during the outage`).toBeLessThanOrEqual(PROBE_ANSWER_MS);
      expect(p.text).not.toMatch(LEAK);
    }

    // ---- Neo4j comes back on the same folder and port.
    const startMs = await neo4j.restart();
    const backAt = Date.now();
    log(`Neo4j restarted in ${startMs} ms`);
    const healthMs = await waitFor("/health 200 after the restart", async () => (await probe("/health")).status === 200, RECOVERY_MS);
    const readyMs = await waitFor("/ready 200 after the restart", async () => (await probe("/ready")).status === 200, RECOVERY_MS);
    const healthyAt = Date.now();
    // Every client gets a good answer again, for each query.
    const recoveredMs = await waitFor("every client answered with data after the restart", () =>
      Array.from({ length: CLIENTS }).every((_, client) =>
        (Object.keys(QUERIES) as QueryName[]).every((query) =>
          load.answers.some((a) => a.client === client && a.query === query && a.start >= healthyAt && a.body?.data && !a.body.errors))), RECOVERY_MS);
    await sleep(500);
    await load.stop();

    // ---- What the clients saw.
    const answers = load.answers;
    // Asked after the kill and before Neo4j was started again: nothing can answer them but the service.
    const outage = answers.filter((a) => a.start >= killAt && a.start < restartAt);
    const latencies = outage.map((a) => a.end - a.start);
    const codes: Record<string, number> = {};
    for (const a of outage) for (const e of a.body?.errors ?? []) codes[String(e.extensions?.code)] = (codes[String(e.extensions?.code)] ?? 0) + 1;
    const healthLatencies = probes.filter((p) => p.path === "/health").map((p) => p.ms);
    const readyLatencies = probes.filter((p) => p.path === "/ready").map((p) => p.ms);
    log(`outage: ${outage.length} GraphQL requests answered, latency max ${Math.max(...latencies)} ms, median ${median(latencies)} ms, ` +
      `min ${Math.min(...latencies)} ms; codes ${JSON.stringify(codes)}; HTTP statuses ${JSON.stringify([...new Set(outage.map((a) => a.status))])}`);
    log(`outage probes: /health max ${Math.max(...healthLatencies)} ms, median ${median(healthLatencies)} ms (${healthLatencies.length}); ` +
      `/ready max ${Math.max(...readyLatencies)} ms, median ${median(readyLatencies)} ms (${readyLatencies.length})`);
    log(`recovery after Neo4j was back: /health 200 after ${healthMs} ms, /ready 200 after ${healthMs + readyMs} ms, ` +
      `every client answered with data ${healthyAt - backAt + recoveredMs} ms after Neo4j was back`);

    // No request went unanswered, whatever the phase.
    expect(answers.filter((a) => a.failure), "requests without an HTTP answer").toEqual([]);
    // During the outage: an answer within 10 s, a clean coded error, for every client.
    expect(new Set(outage.map((a) => a.client)).size).toBe(CLIENTS);
    for (const a of outage) {
      expect(a.end - a.start, `${a.query} request of client ${a.client}`).toBeLessThanOrEqual(OUTAGE_ANSWER_MS);
      expectCleanOutageError(a);
    }
    // Any other answer is either the data of before, or one of the same clean errors (a request
    // that met the kill, or Neo4j starting up); answered within the request deadline and a margin.
    for (const a of answers) {
      expect(a.end - a.start, `${a.query} request of client ${a.client} at +${a.start - killAt} ms from the kill`).toBeLessThanOrEqual(OUTAGE_ANSWER_MS);
      if (a.body?.errors) expectCleanOutageError(a);
      else expect(a.body?.data, `${a.query} answer of client ${a.client}`).toEqual(before[a.query]);
    }
    // Before the kill and after the recovery: only data.
    expect(answers.filter((a) => (a.end < killAt || a.start >= healthyAt) && a.body?.errors).map((a) => a.text)).toEqual([]);
    // Nothing unexpected was logged by the service (only the masked driver errors).
    expect(unexpected.filter((e) => !/ServiceUnavailable|SessionExpired/.test(String((e as { code?: string }).code)))).toEqual([]);

    // ---- No leaked session once the load has stopped.
    await waitFor("db.sessionsOpen back to 0", () => db.sessionsOpen === 0, 5_000);
    expect(db.sessionsOpen).toBe(0);
  } finally {
    await load.stop();
  }
}, 120_000);
