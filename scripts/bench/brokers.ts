/**
 * `npm run bench:brokers -- --scale S|M|L [--seed N] [--requests 10] [--writes 3] [--skip-import] [--neo4j-uri URI]`
 *
 * How long `brokers` takes to answer (docs/analytics.md, "The actor graph": brokers), on the benchmarks' store
 * of that scale (scripts/bench/store.ts) and a service started as `npm start` runs it, one client
 * over HTTP, `brokers(first: 10)`:
 *   1. right after the service starts (the ranking stored with the graph deleted first: as after
 *      an import while it ran): the first request (its answer, or RANKING_NOT_READY after
 *      BROKERS_WAIT_MS), and when the background ranking was ready;
 *   2. later requests (the ranking is ready): median and slowest of --requests;
 *   3. right after a write (recordActivity), --writes times in a row: the first request, and when the
 *      new ranking was ready (the ranking's worker patches the graph it holds);
 *   4. right after the service restarted on the same store (its version was ranked and stored):
 *      the first request;
 *   5. right after an import (a file of one activity, upserted with `npm run import` while the
 *      service runs; --skip-import leaves it out): the same.
 * With --neo4j-uri, a Neo4j already running with that scale's store is used as it is (sized by
 * whoever started it) instead of the store's own, started with the bench's memory settings.
 * Prints the timings and how the ranking was made (exact, or pivots and error bound); results in
 * benchmarks/results/brokers/<scale>-brokers.json (BENCHMARKS.md, "brokers", quotes them).
 */
import "reflect-metadata";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import neo4j from "neo4j-driver";
import path from "node:path";
import { toPlain } from "../../src/db/mapping";
import { mintToken } from "../../src/identity/tokens";
import { freePort } from "../../src/ports";
import { median } from "./load";
import { saveResults } from "./results";
import { localNeo4jEnv, log, openStore, runCommand, runCommandLine, startChild } from "./store";

const SECRET = "bench-brokers-secret-0123456789abcdefghijklmnop";
const BROKERS = `{ brokers(first: 10) { actor { id } betweenness estimate { method pivots actors errorBound } } }`;

interface Options {
  scale: string;
  seed: number;
  requests: number;
  writes: number;
  skipImport: boolean;
  neo4jUri: string | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: "S", seed: 1, requests: 10, writes: 3, skipImport: false, neo4jUri: null };
  for (let i = 0; i < argv.length; i++) {
    switch (argv[i]) {
      case "--scale": options.scale = argv[++i].toUpperCase(); break;
      case "--seed": options.seed = Number(argv[++i]); break;
      case "--requests": options.requests = Number(argv[++i]); break;
      case "--writes": options.writes = Number(argv[++i]); break;
      case "--skip-import": options.skipImport = true; break;
      case "--neo4j-uri": options.neo4jUri = argv[++i]; break;
      default: throw new Error(`unknown argument ${argv[i]}\nUsage: npm run bench:brokers -- --scale S|M|L [--seed N] [--requests 10] [--writes 3] [--skip-import] [--neo4j-uri URI]`);
    }
  }
  if (!["S", "M", "L"].includes(options.scale)) throw new Error("--scale must be S, M or L");
  return options;
}

interface Answer {
  ms: number;
  /** null when answered; the error code otherwise (RANKING_NOT_READY). */
  error: string | null;
  top: { id: string; betweenness: number; estimate: { pivots: number; actors: number; errorBound: number } | null } | null;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { local, driver } = options.neo4jUri
    ? { local: { uri: options.neo4jUri, stop: async () => {} }, driver: neo4j.driver(options.neo4jUri, neo4j.auth.basic("neo4j", "neo4j")) }
    : await openStore(options);
  let service: ChildProcess | undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-brokers-"));
  try {
    const [picked] = (await driver.executeQuery(`
      MATCH (partner:Actor {side: 'FOREIGN'}) WITH partner ORDER BY partner.id LIMIT 1
      MATCH (unit:Actor {side: 'DOMESTIC'}) WITH partner, unit ORDER BY unit.id LIMIT 1
      RETURN partner.id AS partnerId, unit.id AS unitId`)).records.map((r) => toPlain(r.toObject()) as { partnerId: string; unitId: string });

    // As after an import: no ranking stored for the store's version (the restart below finds one).
    await driver.executeQuery("MATCH (r:BrokersRanking) DELETE r");

    const port = await freePort();
    const startService = () => startChild(["src/main.ts"], {
      ...localNeo4jEnv(local.uri), PORT: String(port), NODE_ENV: "production", LOAD_DEMO: "false", AUTH_JWT_SECRET: SECRET,
      // A write at M or L on a busy machine may take longer than the default 10 s; brokers requests are bounded by BROKERS_WAIT_MS.
      REQUEST_TIMEOUT_MS: "300000",
    }, /GraphQL ready/);
    service = await startService();
    let started = performance.now();
    const token = await mintToken(SECRET, { sub: "bench@brokers", role: "ADMIN" }, "2h");
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    };
    const ask = async (): Promise<Answer> => {
      const t0 = performance.now();
      const body = await post(BROKERS);
      const ms = performance.now() - t0;
      if (body.errors) {
        const code = body.errors[0].extensions?.code ?? body.errors[0].message;
        if (code !== "RANKING_NOT_READY") throw new Error(`brokers: ${body.errors[0].message}`);
        return { ms, error: code, top: null };
      }
      const first = body.data.brokers[0];
      return { ms, error: null, top: first && { id: first.actor.id, betweenness: first.betweenness, estimate: first.estimate } };
    };
    /** The first request at `from`, then one a second until answered: [first, seconds from `from` to an answer]. */
    const firstAndReady = async (from: number) => {
      const first = await ask();
      let answer = first;
      while (answer.error) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        answer = await ask();
      }
      return { first, readyAfterSeconds: (performance.now() - from) / 1000, answer };
    };

    /** How the ranking stored with the graph (src/analytics/network/stored.ts) was made: the graph read whole or patched, and where its time went. */
    const madeHow = async () => {
      const [stored] = (await driver.executeQuery("MATCH (r:BrokersRanking {id: 'graph'}) RETURN r.ranking AS ranking")).records.map((r) => r.get("ranking") as string | null);
      if (!stored) return null;
      const r = JSON.parse(stored) as { graphRead: string; readMilliseconds: number; buildMilliseconds: number; milliseconds: number; pivots: number; exact: boolean };
      return { graphRead: r.graphRead, readMs: Math.round(r.readMilliseconds), buildMs: Math.round(r.buildMilliseconds), searchMs: Math.round(r.milliseconds), pivots: r.pivots, exact: r.exact };
    };

    const rows: Record<string, unknown>[] = [];
    const report = async (name: string, result: Awaited<ReturnType<typeof firstAndReady>>) => {
      const how = result.answer.top?.estimate
        ? `estimate: ${result.answer.top.estimate.pivots} pivots of ${result.answer.top.estimate.actors}, top ${result.answer.top.betweenness} ± ${result.answer.top.estimate.errorBound}`
        : "exact";
      const made = await madeHow();
      log(`${name}: first request ${Math.round(result.first.ms)} ms (${result.first.error ?? "answered"}); ranking ready ${result.readyAfterSeconds.toFixed(1)} s after; ${how}; made: ${JSON.stringify(made)}`);
      rows.push({ name, firstMs: Math.round(result.first.ms), firstOutcome: result.first.error ?? "answered", readyAfterSeconds: Number(result.readyAfterSeconds.toFixed(1)), top: result.answer.top, made, loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))) });
    };

    await report("after the service started", await firstAndReady(started));

    const later: number[] = [];
    for (let i = 0; i < options.requests; i++) later.push((await ask()).ms);
    log(`later requests: median ${median(later).toFixed(1)} ms, slowest ${Math.max(...later).toFixed(1)} ms (${later.length})`);
    rows.push({ name: "later requests", medianMs: Number(median(later).toFixed(1)), slowestMs: Number(Math.max(...later).toFixed(1)), requests: later.length });

    for (let i = 1; i <= options.writes; i++) {
      const t0 = performance.now();
      const write = await post(`mutation ($input: ActivityInput!) { recordActivity(input: $input) { version } }`, {
        input: { id: `bench-brokers-${Date.now()}`, kind: "WORKSHOP", title: "Benchmark workshop", date: "2020-06-01", organizerIds: [picked.unitId], participantIds: [picked.partnerId] },
      });
      if (write.errors) throw new Error(`recordActivity: ${write.errors[0].message}`);
      log(`write ${i}: ${Math.round(performance.now() - t0)} ms`);
      await report(`after a write (recordActivity ${i} of ${options.writes})`, await firstAndReady(performance.now()));
    }

    // The same store, the same version: its ranking was stored when it was ready.
    const exited = new Promise((resolve) => service!.once("exit", resolve));
    service.kill("SIGTERM");
    await exited;
    service = await startService();
    started = performance.now();
    await report("after a restart on the ranked store", await firstAndReady(started));

    if (!options.skipImport) {
      const file = path.join(tmp, "one-activity.json");
      fs.writeFileSync(file, JSON.stringify({
        format: "partner-network/v1",
        activities: [{ id: `bench-brokers-import-${Date.now()}`, kind: "WORKSHOP", title: "Benchmark import", date: "2020-06-02", organizerIds: [picked.unitId], participantIds: [picked.partnerId] }],
      }));
      const t0 = performance.now();
      await runCommand(process.execPath, ["--import", "tsx", "scripts/import.ts", file], localNeo4jEnv(local.uri));
      log(`import of one activity: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      await report("after an import (one activity, upserted)", await firstAndReady(performance.now()));
    }

    saveResults("brokers", `${options.scale.toLowerCase()}-brokers.json`, options, {
      settings: { BROKERS_BUDGET_MS: process.env.BROKERS_BUDGET_MS ?? "3000 (default)", BROKERS_WAIT_MS: process.env.BROKERS_WAIT_MS ?? "4000 (default)" },
      rows,
    });
  } finally {
    service?.kill("SIGTERM");
    fs.rmSync(tmp, { recursive: true, force: true });
    await driver.close();
    await local.stop();
  }
}

runCommandLine(main);
