/**
 * The service as `npm start` runs it, on a benchmark store, with a token secret so that it takes
 * writes, asked over HTTP as an ADMIN; and the actors a benchmark writes activities for. Shared by
 * the write benchmarks (writes.ts: one client; mixed.ts: many clients, reads and writes).
 */
import type { Driver } from "neo4j-driver";
import { toPlain } from "../../src/db/mapping";
import { mintToken } from "../../src/identity/tokens";
import { freePort } from "../../src/ports";
import { type MixArguments, pickArguments } from "./mix";
import { localNeo4jEnv, log, openStore, startChild } from "./store";

const SECRET = "bench-writes-secret-0123456789abcdefghijklmnop";

export interface Answer {
  ms: number;
  data: any;
}

export interface BenchService {
  /** Asks one GraphQL request; throws with the first error's message. */
  ask(query: string, variables?: Record<string, unknown>): Promise<Answer>;
  stop(): void;
}

async function startWritableService(neo4jUri: string): Promise<BenchService> {
  const port = await freePort();
  const child = await startChild(["src/main.ts"], {
    ...localNeo4jEnv(neo4jUri), PORT: String(port), NODE_ENV: "production", LOAD_DEMO: "false", AUTH_JWT_SECRET: SECRET,
    // A benchmark measures how long answers take, even past the production deadline of 10 s.
    REQUEST_TIMEOUT_MS: "120000",
  }, /GraphQL ready/);
  const token = await mintToken(SECRET, { sub: "bench@writes", role: "ADMIN" }, "2h");
  return {
    async ask(query, variables = {}) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
      if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${body.errors[0].message}`);
      return { ms: performance.now() - started, data: body.data };
    },
    stop: () => void child.kill("SIGTERM"),
  };
}

export interface WriteBench {
  driver: Driver;
  args: MixArguments;
  /** Who the benchmark's activities are organised by (unitId) and with (partnerId). */
  writer: { partnerId: string; unitId: string };
  ask: BenchService["ask"];
}

/** Runs `body` on the benchmarks' store of that scale with a writable service on it; stops both after. */
export async function withWriteBench(options: { scale: string; seed: number }, body: (bench: WriteBench) => Promise<void>): Promise<void> {
  const { local, driver } = await openStore(options);
  let service: BenchService | undefined;
  try {
    const args = await pickArguments(driver);
    const writer = await pickWriter(driver, args.planId);
    log(`Plan ${args.planId}, ${args.fromYear}–${args.toYear}; writing activities of ${writer.unitId} with ${writer.partnerId}`);
    service = await startWritableService(local.uri);
    await body({ driver, args, writer, ask: service.ask });
  } finally {
    service?.stop();
    await driver.close();
    await local.stop();
  }
}

/** A partner of one of the plan's priority countries, and a domestic unit to organise its activities. */
async function pickWriter(driver: Driver, planId: string): Promise<{ partnerId: string; unitId: string }> {
  const [picked] = (await driver.executeQuery(`
    MATCH (p:Plan {id: $planId})-[:PRIORITY]->(c:Country)<-[:IN_COUNTRY]-(partner:Actor {side: 'FOREIGN'})
    WITH partner LIMIT 1
    MATCH (unit:Actor {side: 'DOMESTIC'})
    RETURN partner.id AS partnerId, unit.id AS unitId LIMIT 1`, { planId })).records.map((r) => toPlain(r.toObject()) as { partnerId: string; unitId: string });
  if (!picked) throw new Error(`plan ${planId} has no priority country with a partner: nothing to write`);
  return picked;
}
