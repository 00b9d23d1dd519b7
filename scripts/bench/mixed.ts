/**
 * `npm run bench:mixed -- --scale S|M [--seed N] [--clients 16] [--seconds 60] [--write-share 0.1]`
 *
 * What writes cost under load, and what they cost the reads around them (BENCHMARKS.md, "Writes
 * under load"): on the benchmarks' store of that scale (scripts/bench/store.ts) and a service as
 * `npm start` runs it, `--clients` clients each ask, one request at a time, either a write (with
 * probability `--write-share`: recordActivity of a partner of a priority country in the plan's
 * period, which changes coverage and effectiveness) or the next read of the mix (the entity items
 * page, search, collaborators, connection, and the analytics coverage and effectiveness).
 *
 * Measured: the latency of each kind of request (p50, p95, p99), the reads and writes per second,
 * and, for coverage and effectiveness, the first answer after each write apart (the one computed
 * afresh for the new graph version) next to the first answer after the import (the service starts
 * with an empty cache: its very first answer). Results in
 * benchmarks/results/writes/<scale>-mixed-<share>pct-writes.json (e.g. s-mixed-10pct-writes.json).
 */
import "reflect-metadata";
import { queryMix } from "./mix";
import { saveResults } from "./results";
import { withWriteBench } from "./service";
import { log, runCommandLine } from "./store";

interface Options {
  scale: string;
  seed: number;
  clients: number;
  seconds: number;
  writeShare: number;
}

const USAGE = "Usage: npm run bench:mixed -- --scale S|M [--seed N] [--clients 16] [--seconds 60] [--write-share 0.1]";

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: "S", seed: 1, clients: 16, seconds: 60, writeShare: 0.1 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case "--scale": options.scale = value; i++; break;
      case "--seed": options.seed = Number(value); i++; break;
      case "--clients": options.clients = Number(value); i++; break;
      case "--seconds": options.seconds = Number(value); i++; break;
      case "--write-share": options.writeShare = Number(value); i++; break;
      default: throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  if (!["S", "M", "L"].includes(options.scale)) throw new Error("--scale must be S, M or L");
  if (!Number.isInteger(options.clients) || options.clients < 1) throw new Error("--clients must be a whole number, at least 1");
  if (!(options.seconds > 0)) throw new Error("--seconds must be a positive number");
  if (!(options.writeShare >= 0 && options.writeShare <= 1)) throw new Error("--write-share must be between 0 and 1");
  return options;
}

/** The reads of the mix: the entity items and the two analytics a write changes. */
const READS = ["page", "search", "collaborators", "connection", "coverage", "effectiveness"];
/** The analytics whose first answer after each write is reported apart. */
const FOLLOWED = ["coverage", "effectiveness"];

/** A small deterministic generator, so that two runs ask the same sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await withWriteBench(options, async ({ args, writer: picked, ask }) => {
    const reads = queryMix(args).filter((item) => READS.includes(item.name));

    // The first answers after the import: the service has just started, nothing is cached.
    const firstAfterImport: Record<string, number> = {};
    for (const item of reads.filter((r) => FOLLOWED.includes(r.name))) firstAfterImport[item.name] = (await ask(item.service.query, item.service.variables)).ms;
    for (const item of reads) await ask(item.service.query, item.service.variables); // every statement planned once
    log(`First answers after the import: ${Object.entries(firstAfterImport).map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(", ")}`);

    const samples: Record<string, number[]> = {};
    const add = (name: string, ms: number) => (samples[name] ??= []).push(ms);
    // A refused or timed-out request is counted, not retried, and the run goes on.
    const errors: Record<string, { count: number; first: string }> = {};
    const timed = async (name: string, request: () => Promise<{ ms: number }>): Promise<boolean> => {
      try {
        add(name, (await request()).ms);
        return true;
      } catch (error) {
        (errors[name] ??= { count: 0, first: (error as Error).message }).count++;
        return false;
      }
    };
    const next = random(options.seed);
    const prefix = `bench-mixed-${Date.now()}`;
    let written = 0;
    let readIndex = 0;
    // Set by each write: the next coverage (effectiveness) read is the first one after it.
    const firstAfterWrite = new Set<string>();
    const deadline = performance.now() + options.seconds * 1000;
    const started = performance.now();

    async function client(): Promise<void> {
      while (performance.now() < deadline) {
        if (next() < options.writeShare) {
          const id = `${prefix}-${written++}`;
          const wrote = await timed("write: recordActivity", () => ask(`mutation ($input: ActivityInput!) { recordActivity(input: $input) { version } }`, {
            input: { id, kind: "WORKSHOP", title: "Benchmark workshop", date: `${args.toYear}-06-01`, organizerIds: [picked.unitId], participantIds: [picked.partnerId], funds: { amount: 1000, currency: "USD" } },
          }));
          if (wrote) for (const name of FOLLOWED) firstAfterWrite.add(name);
        } else {
          const item = reads[readIndex++ % reads.length];
          const first = firstAfterWrite.delete(item.name);
          await timed(first ? `${item.name}: first after a write` : item.name, () => ask(item.service.query, item.service.variables));
        }
      }
    }
    await Promise.all(Array.from({ length: options.clients }, client));
    const elapsed = (performance.now() - started) / 1000;

    const rows = Object.entries(samples).sort(([a], [b]) => a.localeCompare(b)).map(([name, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { name, count: values.length, p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)) };
    });
    const writes = samples["write: recordActivity"]?.length ?? 0;
    const readCount = Object.values(samples).reduce((n, v) => n + v.length, 0) - writes;
    log(`\n${options.clients} clients, ${elapsed.toFixed(1)} s: ${(readCount / elapsed).toFixed(1)} reads/s, ${(writes / elapsed).toFixed(2)} writes/s`);
    for (const row of rows) log(`  ${row.name.padEnd(40)} n=${String(row.count).padStart(5)}  p50 ${String(row.p50).padStart(6)} ms  p95 ${String(row.p95).padStart(6)} ms  p99 ${String(row.p99).padStart(6)} ms`);
    for (const [name, error] of Object.entries(errors)) log(`  ${name}: ${error.count} failed, the first with: ${error.first}`);
    for (const [name, ms] of Object.entries(firstAfterImport)) log(`  ${`${name}: first after the import`.padEnd(40)} ${Math.round(ms)} ms (no load)`);

    saveResults("writes", `${options.scale.toLowerCase()}-mixed-${Math.round(options.writeShare * 100)}pct-writes.json`, options, {
      clients: options.clients, seconds: Number(elapsed.toFixed(1)), writeShare: options.writeShare,
      readsPerSecond: Number((readCount / elapsed).toFixed(1)), writesPerSecond: Number((writes / elapsed).toFixed(2)),
      firstAfterImportMs: Object.fromEntries(Object.entries(firstAfterImport).map(([k, v]) => [k, Math.round(v)])),
      rows, errors,
    });
  });
}

runCommandLine(main);
