/**
 * `npm run bench:ab -- --scale S|M --baseline DIR [--item page] [--rounds 6] [--requests 40] [--seconds 8] [--label NAME]`
 *
 * This checkout's service against another checkout's (`--baseline`, e.g. a `git worktree` of the
 * commit before a change), or against the item's floor (`--baseline floor`: its Cypher through
 * neo4j-driver, answered as JSON, scripts/bench/targets.ts), interleaved so that the machine's slow and fast phases fall on both
 * alike: both run at once on the benchmarks' store of the scale (scripts/bench/store.ts), and
 *   - at one client, requests alternate A, B, A, B… (`--requests` each per round);
 *   - at 16 clients, each round measures A then B for `--seconds` each, the order swapped every round.
 * Prints per round and overall medians and their ratio (service / baseline); results in
 * benchmarks/results/ab/<scale>-<item>[-<label>].json. The query is the bench mix's (scripts/bench/mix.ts).
 */
import "reflect-metadata";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { freePort } from "../../src/ports";
import { type LoadRequest, measure, median } from "./load";
import { pickArguments, queryMix } from "./mix";
import { localNeo4jEnv, log, openStore, runCommandLine, startChild } from "./store";

interface Options {
  scale: string;
  seed: number;
  baseline: string;
  item: string;
  rounds: number;
  requests: number;
  seconds: number;
  label: string | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: "M", seed: 1, baseline: "", item: "page", rounds: 6, requests: 40, seconds: 8, label: null };
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case "--scale": options.scale = value; break;
      case "--seed": options.seed = Number(value); break;
      case "--baseline": options.baseline = value === FLOOR ? FLOOR : path.resolve(value); break;
      case "--item": options.item = value; break;
      case "--rounds": options.rounds = Number(value); break;
      case "--requests": options.requests = Number(value); break;
      case "--seconds": options.seconds = Number(value); break;
      case "--label": options.label = value; break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!options.baseline) throw new Error(`--baseline DIR is required (another checkout of the project, or "${FLOOR}")`);
  return options;
}

/** The median per-request CPU of a target's rounds (its process and Neo4j, and their sum); null when /proc was not readable. */
function cpuSummary(rounds: { process: number | null; neo4j: number | null }[]) {
  const known = rounds.filter((r): r is { process: number; neo4j: number } => r.process !== null && r.neo4j !== null);
  if (known.length === 0) return null;
  return { process: median(known.map((r) => r.process)), neo4j: median(known.map((r) => r.neo4j)), total: median(known.map((r) => r.process + r.neo4j)) };
}

/** `--baseline floor`: the item's floor statements instead of another checkout's service. */
const FLOOR = "floor";

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { local, driver } = await openStore(options);
  const children: ChildProcess[] = [];
  try {
    const args = await pickArguments(driver);
    const item = queryMix(args).find((i) => i.name === options.item);
    if (!item) throw new Error(`no item "${options.item}" in the bench mix`);
    /** Each target's request and process (whose CPU time is read around the 16-client runs). */
    const targets: Record<string, { request: LoadRequest; pid: number }> = {};
    const start = async (args: (port: number) => string[], env: (port: number) => NodeJS.ProcessEnv, ready: RegExp, cwd: string, request: (port: number) => LoadRequest) => {
      const port = await freePort();
      const child = await startChild(args(port), env(port), ready, cwd);
      children.push(child);
      return { request: request(port), pid: child.pid! };
    };
    const service = (cwd: string) => start(() => ["src/main.ts"],
      // A longer deadline than the default 10 s: the first pages on a cold store of a busy machine may need it (the floor has none).
      (port) => ({ ...localNeo4jEnv(local.uri), PORT: String(port), NODE_ENV: "production", LOAD_DEMO: "false", REQUEST_TIMEOUT_MS: "60000" }), /GraphQL ready/, cwd,
      (port) => ({ url: `http://127.0.0.1:${port}/graphql`, body: item.service }));
    targets.service = await service(PROJECT_ROOT);
    targets.baseline = options.baseline === FLOOR
      ? await start((port) => ["scripts/bench/targets.ts", "floor", String(port)],
        () => ({ BENCH_NEO4J_URI: local.uri, BENCH_ARGUMENTS: JSON.stringify(args) }), /^READY /, PROJECT_ROOT,
        (port) => ({ url: `http://127.0.0.1:${port}/${item.name}` }))
      : await service(options.baseline);
    const once = async (target: string) => {
      const { url, body } = targets[target].request;
      const started = performance.now();
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      const answer = (await response.json()) as { errors?: { message: string }[] };
      if (!response.ok || answer.errors) throw new Error(`${target}: ${answer.errors?.[0].message ?? response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 10; i++) await Promise.all([once("service"), once("baseline")]); // warm both

    const one: Record<string, number[]> = { service: [], baseline: [] };
    const sixteen: Record<string, number[]> = { service: [], baseline: [] };
    /** CPU ms per request at 16 clients, per round: the target's process, and Neo4j's. */
    const cpu: Record<string, { process: number | null; neo4j: number | null }[]> = { service: [], baseline: [] };
    for (let round = 0; round < options.rounds; round++) {
      const roundOne: Record<string, number[]> = { service: [], baseline: [] };
      for (let i = 0; i < options.requests; i++) {
        for (const target of i % 2 === 0 ? ["service", "baseline"] : ["baseline", "service"]) roundOne[target].push(await once(target));
      }
      const order = round % 2 === 0 ? ["service", "baseline"] : ["baseline", "service"];
      const roundSixteen: Record<string, number> = {};
      for (const target of order) {
        const result = await measure(targets[target].request, 16, options.seconds, 2, { process: targets[target].pid, neo4j: local.pid });
        roundSixteen[target] = result.throughput;
        cpu[target].push({ process: result.cpuMsPerRequest?.process ?? null, neo4j: result.cpuMsPerRequest?.neo4j ?? null });
      }
      for (const target of ["service", "baseline"]) {
        one[target].push(...roundOne[target]);
        sixteen[target].push(roundSixteen[target]);
      }
      const cpuText = (target: string) => {
        const { process, neo4j } = cpu[target][round];
        return process === null || neo4j === null ? "" : ` (CPU ${process.toFixed(1)} + Neo4j ${neo4j.toFixed(1)} ms/request)`;
      };
      log(`round ${round + 1}: c=1 p50 service ${median(roundOne.service).toFixed(1)} ms, baseline ${median(roundOne.baseline).toFixed(1)} ms; ` +
        `c=16 service ${roundSixteen.service.toFixed(1)} req/s${cpuText("service")}, baseline ${roundSixteen.baseline.toFixed(1)} req/s${cpuText("baseline")}`);
    }
    const result = {
      scale: options.scale, item: options.item, date: new Date().toISOString().slice(0, 10), rounds: options.rounds,
      c1: { serviceP50: median(one.service), baselineP50: median(one.baseline), ratio: median(one.service) / median(one.baseline) },
      c16: { serviceReqPerS: median(sixteen.service), baselineReqPerS: median(sixteen.baseline), ratio: median(sixteen.service) / median(sixteen.baseline), perRound: sixteen },
      cpuPerRequest: { service: cpuSummary(cpu.service), baseline: cpuSummary(cpu.baseline), perRound: cpu },
    };
    log(`overall: c=1 p50 ${result.c1.serviceP50.toFixed(1)} vs ${result.c1.baselineP50.toFixed(1)} ms (${result.c1.ratio.toFixed(2)}×); ` +
      `c=16 median ${result.c16.serviceReqPerS.toFixed(1)} vs ${result.c16.baselineReqPerS.toFixed(1)} req/s (${result.c16.ratio.toFixed(2)}×)`);
    const { service: s, baseline: b } = result.cpuPerRequest;
    if (s && b) log(`CPU per request at 16 clients, median: ${s.total.toFixed(1)} vs ${b.total.toFixed(1)} ms (${(b.total / s.total).toFixed(2)}× the requests per CPU second)`);
    const out = path.join(PROJECT_ROOT, "benchmarks", "results", "ab", `${options.scale.toLowerCase()}-${options.item}${options.label ? `-${options.label}` : ""}.json`);
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`Results in ${path.relative(PROJECT_ROOT, out)}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await driver.close();
    await local.stop();
  }
}

runCommandLine(main);
