/**
 * `npm run bench:writes -- --scale S|M [--seed N] [--rounds 5] [--brokers]`
 *
 * What a write costs, and what it costs the analytics read after it (docs/writes.md, "Analytics
 * follow writes"), on the benchmarks' store of that scale (scripts/bench/store.ts) and a service
 * started as `npm start` runs it, with a token secret. Each round, as an ADMIN over HTTP, one client:
 *   1. reads each analytic twice (the second answer is cached for coverage, effectiveness and brokers:
 *      the graph has not changed);
 *   2. writes (in turn: records an activity of a partner of a priority country in the plan's period,
 *      moves it to another year, archives it) and times the write (its checks, the activity tallies
 *      of the countries and years it touches, the audit entry, the commit);
 *   3. reads each analytic again: the first answer after the write, computed afresh.
 * Also timed once: rebuilding every activity tally of the graph, as an import's end does, which is
 * what each write would cost without scoped tallies. Prints medians; results in
 * benchmarks/results/writes/<scale>-writes.json (BENCHMARKS.md, "Writes", quotes them).
 */
import "reflect-metadata";
import { Database } from "../../src/db/database";
import { rebuildAllTallies } from "../../src/dataset/tallies";
import { median } from "./load";
import { saveResults } from "./results";
import { withWriteBench } from "./service";
import { log, runCommandLine } from "./store";

interface Options {
  scale: string;
  seed: number;
  rounds: number;
  brokers: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: "M", seed: 1, rounds: 6, brokers: false };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case "--scale": options.scale = value; i++; break;
      case "--seed": options.seed = Number(value); i++; break;
      case "--rounds": options.rounds = Number(value); i++; break;
      case "--brokers": options.brokers = true; break;
      default: throw new Error(`unknown argument ${argv[i]}\nUsage: npm run bench:writes -- --scale S|M [--seed N] [--rounds 6] [--brokers]`);
    }
  }
  if (!["S", "M", "L"].includes(options.scale)) throw new Error("--scale must be S, M or L");
  if (!Number.isInteger(options.rounds) || options.rounds < 3) throw new Error("--rounds must be a whole number, at least 3");
  return options;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await withWriteBench(options, async ({ driver, args, writer: picked, ask }) => {
    const period = { fromYear: args.fromYear, toYear: args.toYear };
    const reads: Record<string, () => Promise<{ ms: number }>> = {
      coverage: () => ask(`query ($period: PeriodInput!, $planId: ID) { partnerCoverage(period: $period, planId: $planId) { rows { country { code } activities fundsMobilizedUsd activePartners } totals { activities } } }`, { period, planId: args.planId }),
      effectiveness: () => ask(`query ($period: PeriodInput!) { partnershipEffectiveness(period: $period) { partnership { id } activities score } }`, { period }),
      collaborators: () => ask(`query ($id: ID!) { collaborators(actorId: $id, degree: 2) { id } }`, { id: picked.partnerId }),
    };
    if (options.brokers) reads.brokers = () => ask(`{ brokers(first: 10) { actor { id } betweenness } }`);

    const id = `bench-write-${Date.now()}`;
    let version = 0;
    const writes = [
      { name: "recordActivity", run: () => ask(`mutation ($input: ActivityInput!) { recordActivity(input: $input) { version } }`, {
        input: { id: `${id}-${version}`, kind: "WORKSHOP", title: "Benchmark workshop", date: `${args.toYear}-06-01`, organizerIds: [picked.unitId], participantIds: [picked.partnerId], funds: { amount: 1000, currency: "USD" } },
      }) },
      { name: "updateActivity (to another year)", run: () => ask(`mutation ($id: ID!, $version: Int!) { updateActivity(id: $id, version: $version, patch: { date: "${args.fromYear}-06-01" }) { version } }`, { id: `${id}-${version}`, version: 1 }) },
      { name: "archive (the activity)", run: () => ask(`mutation ($id: ID!, $version: Int!) { archive(id: $id, version: $version, reason: "benchmark") { version } }`, { id: `${id}-${version}`, version: 2 }) },
    ];

    const samples: Record<string, number[]> = {};
    const add = (name: string, ms: number) => (samples[name] ??= []).push(ms);
    for (let round = 0; round < options.rounds; round++) {
      const write = writes[round % writes.length];
      for (const [name, read] of Object.entries(reads)) {
        await read();
        add(`${name}: before the write (its second request)`, (await read()).ms);
      }
      add(`write: ${write.name}`, (await write.run()).ms);
      for (const [name, read] of Object.entries(reads)) add(`${name}: first after the write`, (await read()).ms);
      if (round % writes.length === writes.length - 1) version++;
      log(`round ${round + 1}/${options.rounds}: ${write.name}`);
    }

    const db = new Database(driver);
    const started = performance.now();
    await db.writeTransaction((tx) => rebuildAllTallies(tx));
    add("every tally of the graph rebuilt (what a write would cost without scopes)", performance.now() - started);

    const rows = Object.entries(samples).map(([name, values]) => ({ name, medianMs: Math.round(median(values)), samples: values.length }));
    for (const row of rows) log(`  ${row.name.padEnd(74)} ${String(row.medianMs).padStart(7)} ms  (median of ${row.samples})`);
    saveResults("writes", `${options.scale.toLowerCase()}-writes.json`, options, { arguments: { ...args, ...picked }, rows });
  });
}

runCommandLine(main);
