/**
 * Regenerates BENCHMARKS.md from benchmarks/method.md (the hand-written method and commands) and
 * every results file in benchmarks/results/ (written by `npm run bench`): S before M before L, and
 * within a scale the "before…" labels first, then the others by name.
 * `tsx scripts/bench/report.ts` regenerates it without running anything.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import type { LoadResult } from "./load";
import type { MixArguments } from "./mix";
import type { Cost } from "./profile";

/**
 * Who answers the mix: the raw-Cypher floor, this service, optionally the service of another
 * checkout (`--baseline DIR`, to compare a change before and after in one run), the Neo4j GraphQL Library.
 */
export const TARGETS = ["floor", "service", "baseline", "neo4j-graphql"] as const;
export type Target = (typeof TARGETS)[number];

/** One run of `npm run bench`, as saved in benchmarks/results/ and read back to write the report. */
export interface BenchResults {
  scale: string;
  seed: number;
  label: string;
  date: string;
  machine: string;
  dataset: { file: string; bytes: number; counts: Record<string, number> };
  arguments: MixArguments;
  seconds: number;
  /** Rounds per cell, each of `seconds`, the median one kept (absent in older results: one measurement per cell). */
  rounds?: number;
  /** Seconds of unmeasured load per item and target before the first measurement (absent in older results). */
  settle?: number;
  items: {
    name: string;
    description: string;
    targets: { target: Target; cost: Cost | null; load: LoadResult[] }[];
  }[];
}


const RESULTS = path.join(PROJECT_ROOT, "benchmarks", "results");
const METHOD = path.join(PROJECT_ROOT, "benchmarks", "method.md");
const REPORT = path.join(PROJECT_ROOT, "BENCHMARKS.md");

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(1) : value.toFixed(0));
/** Milliseconds of CPU, two decimals: a small request costs well under one. */
const cpuMs = (value: number | null | undefined) => (value === null || value === undefined ? "–" : value.toFixed(2));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? "–" : `${(a / b).toFixed(2)}×`);

function table(results: BenchResults): string {
  const concurrencies = [...new Set(results.items.flatMap((i) => i.targets.flatMap((t) => t.load.map((l) => l.connections))))];
  // Results written before the first request was recorded have no such column.
  const firsts = results.items.some((i) => i.targets.some((t) => t.load.some((l) => l.first !== undefined)));
  // Nor have those written before each cell recorded the CPU its target and Neo4j spent per request.
  const cpus = results.items.some((i) => i.targets.some((t) => t.load.some((l) => l.cpuMsPerRequest !== undefined)));
  const head = ["item", "target", "round trips", "db hits", ...(firsts ? ["first request ms (c=1)"] : []),
    ...concurrencies.flatMap((c) => [`p50 / p95 / p99 ms (c=${c})`, `req/s (c=${c})`, ...(cpus ? [`CPU ms per request, target / Neo4j (c=${c})`] : [])])];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  const baseline = results.items.some((i) => i.targets.some((t) => t.target === "baseline" && t.load.length));
  const perConcurrency = (c: number) => [`service/floor p50 (c=${c})`, `service/floor req/s (c=${c})`,
    ...(cpus ? [`service/floor Node CPU per request (c=${c})`] : []), `service/@neo4j/graphql req/s (c=${c})`,
    ...(baseline ? [`service/baseline p50 (c=${c})`, `service/baseline req/s (c=${c})`] : [])];
  const ratios = [`| item | ${concurrencies.flatMap(perConcurrency).join(" | ")} |`];
  ratios.push(`|---|${concurrencies.flatMap(perConcurrency).map(() => "---").join("|")}|`);
  for (const item of results.items) {
    for (const t of item.targets) {
      if (t.target === "baseline" && !t.load.length) continue;
      const cells = [item.name, t.target === "neo4j-graphql" ? "@neo4j/graphql" : t.target,
        t.cost ? String(t.cost.roundTrips) : "–", t.cost ? (t.cost.dbHits === null ? "> 60 s" : String(t.cost.dbHits)) : "–"];
      if (firsts) cells.push(ms(t.load.find((l) => l.connections === 1)?.first));
      for (const c of concurrencies) {
        const load = t.load.find((l) => l.connections === c);
        cells.push(load ? `${ms(load.p50)} / ${ms(load.p95)} / ${ms(load.p99)}${load.errors ? ` (${load.errors} errors)` : ""}` : "not expressible without custom Cypher");
        cells.push(load ? `${load.throughput.toFixed(1)}${load.rounds && load.rounds.length > 1 ? ` (${Math.min(...load.rounds).toFixed(1)}–${Math.max(...load.rounds).toFixed(1)})` : ""}` : "–");
        if (cpus) cells.push(load?.cpuMsPerRequest ? `${cpuMs(load.cpuMsPerRequest.process)} / ${cpuMs(load.cpuMsPerRequest.neo4j)}` : "–");
      }
      lines.push(`| ${cells.join(" | ")} |`);
    }
    const at = (target: string, c: number) => item.targets.find((t) => t.target === target)?.load.find((l) => l.connections === c);
    ratios.push(`| ${item.name} | ${concurrencies.map((c) => [
      ratio(at("service", c)?.p50, at("floor", c)?.p50),
      ratio(at("service", c)?.throughput, at("floor", c)?.throughput),
      ...(cpus ? [ratio(at("service", c)?.cpuMsPerRequest?.process ?? undefined, at("floor", c)?.cpuMsPerRequest?.process ?? undefined)] : []),
      ratio(at("service", c)?.throughput, at("neo4j-graphql", c)?.throughput),
      ...(baseline ? [ratio(at("service", c)?.p50, at("baseline", c)?.p50), ratio(at("service", c)?.throughput, at("baseline", c)?.throughput)] : []),
    ].join(" | ")).join(" | ")} |`);
  }
  return `${lines.join("\n")}\n\nRatios (p50${cpus ? " and CPU" : ""}: lower is better for the service; req/s: higher is better):\n\n${ratios.join("\n")}\n`;
}

function section(results: BenchResults): string {
  const counts = Object.entries(results.dataset.counts).sort().map(([label, n]) => `${n} ${label}`).join(", ");
  return [
    `### Scale ${results.scale}, ${results.label} (${results.date})`,
    "",
    `Dataset \`${results.dataset.file}\` (seed ${results.seed}, ${(results.dataset.bytes / 2 ** 20).toFixed(0)} MiB): ${counts}.`,
    `Machine: ${results.machine}. ` +
      (results.rounds && results.rounds > 1
        ? `Each cell measured in ${results.rounds} rounds of ${results.seconds} s (every target once per round, the order reversed every other round; the first round after a warm-up), the round of median throughput shown, with the rounds' range of req/s in brackets`
        : `${results.seconds} s measured per cell after a warm-up`) +
      (results.settle ? `; before the first cell, every target served every item at 16 clients for ${results.settle} s.` : "."),
    `Arguments picked from the data: \`${JSON.stringify(results.arguments)}\`.`,
    "",
    ...results.items.map((i) => `- **${i.name}**: ${i.description}`),
    "",
    table(results),
  ].join("\n");
}

export function writeReport(): void {
  const order = (file: string) => "sml".indexOf(file[0]);
  const before = (file: string) => (file.slice(2).startsWith("before") ? 1 : 0);
  const files = fs.existsSync(RESULTS)
    ? fs.readdirSync(RESULTS).filter((f) => f.endsWith(".json")).sort((a, b) => order(a) - order(b) || before(b) - before(a) || a.localeCompare(b))
    : [];
  const sections = files.map((f) => section(JSON.parse(fs.readFileSync(path.join(RESULTS, f), "utf8")) as BenchResults));
  const method = fs.readFileSync(METHOD, "utf8").trimEnd();
  fs.writeFileSync(REPORT, `${method}\n\n## Results\n\n${sections.join("\n") || "No results yet: run `npm run bench -- --scale S`.\n"}`);
}

if (require.main === module) writeReport();
