/**
 * `npm run bench -- --scale S|M|L [--seed N] [--label NAME] [--seconds 5] [--rounds 3] [--warmup 3] [--settle 5] [--connections 1,16] [--items a,b] [--baseline DIR]`
 *
 * Runs the fixed query mix (scripts/bench/mix.ts) side by side against three targets over one
 * Neo4j holding one generated dataset: the raw-Cypher floor, this service, and a minimal Neo4j
 * GraphQL Library server. For every item and target: p50/p95/p99 latency, throughput and CPU per
 * request at each concurrency (autocannon), Cypher round trips and db hits per request (PROFILE).
 * Each cell is measured in `--rounds` rounds of `--seconds`, every target once per round in an order
 * reversed every other round, and the median round is kept: the machine's other workloads come and
 * go within a run, and a single measurement per target put their swings into the ratios. With `--baseline DIR`
 * (another checkout of the project, e.g. a `git worktree` of the commit before a change), that
 * checkout's service is measured too, as the target "baseline", beside this one in the same run. Results go to
 * benchmarks/results/<scale>-<label>.json, and BENCHMARKS.md is regenerated from every results file.
 *
 * The dataset is generated once into data/generated/ and imported once into a local Neo4j kept in
 * .bench/neo4j-<scale>-<seed> (with the APOC core procedures the library needs); later runs reuse both.
 */
import "reflect-metadata";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { PROJECT_ROOT } from "../src/config";
import { ensureApocArtifacts, startLocalNeo4j } from "../src/db/localNeo4j";
import { toPlain } from "../src/db/mapping";
import { freePort } from "../src/ports";
import { measure, medianRound, settle, type LoadResult } from "./bench/load";
import { type MixItem, pickArguments, queryMix } from "./bench/mix";
import { Profiler, type Cost } from "./bench/profile";
import { TARGETS, writeReport, type BenchResults, type Target } from "./bench/report";
import { NEO4J_SETUP, ensureDataset, ensureImported, localNeo4jEnv, log, runCommandLine, startChild, storeDir } from "./bench/store";


const USAGE = "Usage: npm run bench -- --scale S|M|L [--seed N] [--label NAME] [--seconds 5] [--rounds 3] [--warmup 3] [--settle 5] [--connections 1,16] [--items page,search] [--baseline DIR]";

interface Options {
  scale: string;
  seed: number;
  label: string;
  seconds: number;
  rounds: number;
  warmup: number;
  settle: number;
  connections: number[];
  items: string[] | null;
  baseline: string | null;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: "", seed: 1, label: "current", seconds: 5, rounds: 3, warmup: 3, settle: 5, connections: [1, 16], items: null, baseline: null };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const need = () => {
      if (value === undefined) throw new Error(`${argv[i]} needs a value`);
      i++;
      return value;
    };
    const positive = (name: string, text: string) => {
      const n = Number(text);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${text}"`);
      return n;
    };
    switch (argv[i]) {
      case "--scale": options.scale = need(); break;
      case "--seed": options.seed = positive("--seed", need()); break;
      case "--label": options.label = need(); break;
      case "--seconds": options.seconds = positive("--seconds", need()); break;
      case "--rounds": options.rounds = positive("--rounds", need()); break;
      case "--warmup": options.warmup = positive("--warmup", need()); break;
      case "--settle": options.settle = positive("--settle", need()); break;
      case "--connections": options.connections = need().split(",").map((c) => positive("--connections", c)); break;
      case "--items": options.items = need().split(","); break;
      case "--baseline": options.baseline = path.resolve(need()); break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!["S", "M", "L"].includes(options.scale)) throw new Error("--scale must be S, M or L");
  if (!/^[a-z0-9-]+$/.test(options.label)) throw new Error("--label must be lower-case letters, digits and dashes");
  if (options.seconds < 1) throw new Error("--seconds must be at least 1");
  if (options.rounds < 1) throw new Error("--rounds must be at least 1");
  return options;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const file = await ensureDataset(options);
  const dir = storeDir(options);
  const plugins = await ensureApocArtifacts(log);
  const { transactionSize, ...memory } = NEO4J_SETUP[options.scale];
  const local = await startLocalNeo4j({ dir, boltPort: await freePort(), ...memory, plugins, log });
  const children: ChildProcess[] = [];
  const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", "neo4j"));
  let profiler: Profiler | undefined;
  try {
    await ensureImported(local, dir, file, transactionSize);
    const args = await pickArguments(driver);
    const counts = toPlain((await driver.executeQuery(
      "MATCH (n:Entity) WITH labels(n) AS labels RETURN [l IN labels WHERE l <> 'Entity' AND l <> 'Engagement'][0] AS label, count(*) AS n",
    )).records.map((r) => r.toObject())) as { label: string; n: number }[];
    const mix = queryMix(args).filter((item) => !options.items || options.items.includes(item.name));
    log(`Arguments: ${JSON.stringify(args)}`);

    const ports = { floor: await freePort(), service: await freePort(), baseline: await freePort(), "neo4j-graphql": await freePort() };
    const env = { BENCH_NEO4J_URI: local.uri, BENCH_ARGUMENTS: JSON.stringify(args) };
    // Each target's process, for the Node CPU each request costs it (beside Neo4j's, in every cell).
    const processOf: Partial<Record<Target, ChildProcess>> = {};
    const start = async (target: Target, child: Promise<ChildProcess>) => {
      processOf[target] = await child;
      children.push(processOf[target]);
    };
    await start("floor", startChild(["scripts/bench/targets.ts", "floor", String(ports.floor)], env, /^READY /));
    await start("neo4j-graphql", startChild(["scripts/bench/targets.ts", "neo4j-graphql", String(ports["neo4j-graphql"])], env, /^READY /));
    await start("service", startChild(["src/main.ts"], {
      ...localNeo4jEnv(local.uri), PORT: String(ports.service), NODE_ENV: "production", LOAD_DEMO: "false",
    }, /GraphQL ready/));
    if (options.baseline) {
      await start("baseline", startChild(["src/main.ts"], {
        ...localNeo4jEnv(local.uri), PORT: String(ports.baseline), NODE_ENV: "production", LOAD_DEMO: "false",
      }, /GraphQL ready/, options.baseline));
    }
    const cpuOf = (target: Target): Record<string, number> => {
      const pid = processOf[target]?.pid;
      return { ...(pid ? { process: pid } : {}), ...(local.pid ? { neo4j: local.pid } : {}) };
    };

    const serves = (target: Target, item: MixItem) => !((target === "neo4j-graphql" && !item.neo4jGraphql) || (target === "baseline" && !options.baseline));
    const requestFor = (target: Target, item: MixItem) =>
      target === "floor" ? { url: `http://127.0.0.1:${ports.floor}/${item.name}` }
      : target === "service" ? { url: `http://127.0.0.1:${ports.service}/graphql`, body: item.service }
      : target === "baseline" ? { url: `http://127.0.0.1:${ports.baseline}/graphql`, body: item.service }
      : { url: `http://127.0.0.1:${ports["neo4j-graphql"]}/graphql`, body: item.neo4jGraphql };

    profiler = await Profiler.create(driver);
    const results: BenchResults = {
      scale: options.scale, seed: options.seed, label: options.label, date: new Date().toISOString().slice(0, 10),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Neo4j 5.26 (local, heap ${memory.heap}, page cache ${memory.pageCache})`,
      dataset: { file: path.relative(PROJECT_ROOT, file), bytes: fs.statSync(file).size, counts: Object.fromEntries(counts.map((c) => [c.label, c.n])) },
      arguments: args,
      seconds: options.seconds,
      rounds: options.rounds,
      settle: options.settle,
      items: [],
    };
    // Every target serves the whole mix before anything is measured: a server's JIT (V8's, and
    // Neo4j's for its statements) takes tens of seconds of load to settle, and without this the
    // first item's cells measured whichever target came first colder (BENCHMARKS.md, round 9).
    if (options.settle > 0) {
      log(`Settling: every target serves every item at 16 clients for ${options.settle} s, unmeasured`);
      for (const item of mix) {
        for (const target of TARGETS) if (serves(target, item)) await settle(requestFor(target, item), 16, options.settle);
      }
    }
    for (const item of mix) {
      log(`— ${item.name}: ${item.description}`);
      const entry: BenchResults["items"][number] = { name: item.name, description: item.description, targets: [] };
      const measured: { target: Target; cost: Cost | null; request: { url: string; body?: unknown }; load: LoadResult[] }[] = [];
      for (const target of TARGETS) {
        if (!serves(target, item)) {
          entry.targets.push({ target, cost: null, load: [] });
          continue;
        }
        // Round trips and db hits are profiled in this process, which runs this checkout's code only.
        const cost = target === "floor" ? await profiler.floorCost(item)
          : target === "baseline" ? null
          : target === "service" ? await profiler.serviceCost(item)
          : await profiler.neo4jGraphqlCost(item.neo4jGraphql!, item.name);
        const request = requestFor(target, item);
        const load: LoadResult[] = [];
        measured.push({ target, cost, request, load });
        entry.targets.push({ target, cost, load });
      }
      // Every target at one concurrency before any at the next: a cell measured right after
      // another target's 16-client cell inherited its aftermath (BENCHMARKS.md, round 5).
      for (const connections of options.connections) {
        const rounds = measured.map(() => [] as LoadResult[]);
        for (let round = 0; round < options.rounds; round++) {
          // Every target once per round, in an order reversed every other round, so that a busy or
          // quiet phase of the machine falls on each alike; only the first round warms up.
          const order = measured.map((_, i) => i);
          if (round % 2 === 1) order.reverse();
          for (const i of order) {
            const { target, cost, request } = measured[i];
            const result = await measure(request, connections, options.seconds, round === 0 ? options.warmup : 0, cpuOf(target));
            const cpu = result.cpuMsPerRequest;
            log(`  ${target.padEnd(13)} c=${String(connections).padStart(2)} round ${round + 1}  p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  ${result.throughput.toFixed(1)} req/s${result.errors ? `  ${result.errors} ERRORS` : ""}  (${cost ? `${cost.roundTrips} round trips, ${cost.dbHits} db hits` : "not profiled"}; CPU ms/request: Node ${cpu?.process?.toFixed(2) ?? "?"}, Neo4j ${cpu?.neo4j?.toFixed(2) ?? "?"})`);
            rounds[i].push(result);
          }
        }
        measured.forEach(({ load }, i) => load.push(medianRound(rounds[i])));
      }
      results.items.push(entry);
    }
    const out = path.join(PROJECT_ROOT, "benchmarks", "results", `${options.scale.toLowerCase()}-${options.label}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    log(`Results in ${path.relative(PROJECT_ROOT, out)}`);
    writeReport();
    log("BENCHMARKS.md regenerated");
    return 0;
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await driver.close();
    await local.stop();
  }
}

runCommandLine(main);
