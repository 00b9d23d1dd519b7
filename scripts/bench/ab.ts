/**
 * `npm run bench:ab -- --scale S|M --baseline DIR [--item page] [--rounds 6] [--requests 40] [--seconds 8] [--label NAME]`
 *
 * This checkout's service against another checkout's (`--baseline`, e.g. a `git worktree` of the
 * commit before a change), interleaved so that the machine's slow and fast phases fall on both
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
import { measure, median } from "./load";
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
      case "--baseline": options.baseline = path.resolve(value); break;
      case "--item": options.item = value; break;
      case "--rounds": options.rounds = Number(value); break;
      case "--requests": options.requests = Number(value); break;
      case "--seconds": options.seconds = Number(value); break;
      case "--label": options.label = value; break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!options.baseline) throw new Error("--baseline DIR is required (another checkout of the project)");
  return options;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { local, driver } = await openStore(options);
  const children: ChildProcess[] = [];
  try {
    const item = queryMix(await pickArguments(driver)).find((i) => i.name === options.item);
    if (!item) throw new Error(`no item "${options.item}" in the bench mix`);
    const urls: Record<string, string> = {};
    for (const [target, cwd] of [["service", PROJECT_ROOT], ["baseline", options.baseline]] as const) {
      const port = await freePort();
      children.push(await startChild(["src/main.ts"], { ...localNeo4jEnv(local.uri), PORT: String(port), NODE_ENV: "production", LOAD_DEMO: "false" }, /GraphQL ready/, cwd));
      urls[target] = `http://127.0.0.1:${port}/graphql`;
    }
    const once = async (target: string) => {
      const started = performance.now();
      const response = await fetch(urls[target], { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(item.service) });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`${target}: ${body.errors[0].message}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 10; i++) await Promise.all([once("service"), once("baseline")]); // warm both

    const one: Record<string, number[]> = { service: [], baseline: [] };
    const sixteen: Record<string, number[]> = { service: [], baseline: [] };
    for (let round = 0; round < options.rounds; round++) {
      const roundOne: Record<string, number[]> = { service: [], baseline: [] };
      for (let i = 0; i < options.requests; i++) {
        for (const target of i % 2 === 0 ? ["service", "baseline"] : ["baseline", "service"]) roundOne[target].push(await once(target));
      }
      const order = round % 2 === 0 ? ["service", "baseline"] : ["baseline", "service"];
      const roundSixteen: Record<string, number> = {};
      for (const target of order) roundSixteen[target] = (await measure({ url: urls[target], body: item.service }, 16, options.seconds, 2)).throughput;
      for (const target of ["service", "baseline"]) {
        one[target].push(...roundOne[target]);
        sixteen[target].push(roundSixteen[target]);
      }
      log(`round ${round + 1}: c=1 p50 service ${median(roundOne.service).toFixed(1)} ms, baseline ${median(roundOne.baseline).toFixed(1)} ms; ` +
        `c=16 service ${roundSixteen.service.toFixed(1)} req/s, baseline ${roundSixteen.baseline.toFixed(1)} req/s`);
    }
    const result = {
      scale: options.scale, item: options.item, date: new Date().toISOString().slice(0, 10), rounds: options.rounds,
      c1: { serviceP50: median(one.service), baselineP50: median(one.baseline), ratio: median(one.service) / median(one.baseline) },
      c16: { serviceReqPerS: median(sixteen.service), baselineReqPerS: median(sixteen.baseline), ratio: median(sixteen.service) / median(sixteen.baseline), perRound: sixteen },
    };
    log(`overall: c=1 p50 ${result.c1.serviceP50.toFixed(1)} vs ${result.c1.baselineP50.toFixed(1)} ms (${result.c1.ratio.toFixed(2)}×); ` +
      `c=16 median ${result.c16.serviceReqPerS.toFixed(1)} vs ${result.c16.baselineReqPerS.toFixed(1)} req/s (${result.c16.ratio.toFixed(2)}×)`);
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
