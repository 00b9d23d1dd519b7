/**
 * `npm run bench:import -- --scale S|M [--seed N] [--batch 10000] [--transaction-size 20000 | --one-transaction]`
 *
 * The online import against what Neo4j itself can ingest, side by side in one run on the same Neo4j
 * (issue "performance round 2", point 1): a fresh local Neo4j with the project's schema, then
 *   1. the raw ingest ceiling: every record of the file written by plain batched `UNWIND … CREATE`
 *      (its properties as the importer stores them, its id references as relationships found by the
 *      unique id index), no checks, no derived actor graph, no tallies;
 *   2. the graph wiped; the online import of the same records (`importParsedDataset`, every rule
 *      checked, the actor graph derived, the tallies built), in transactions of the bench's size,
 *      or, with --one-transaction, in one transaction as `npm run import` writes by default;
 *   3. wiped again; both once more, in the same order, and the faster run of each side compared,
 *      so that neither side alone profits from a warm JVM;
 *   4. the same import once more, over the graph it left (a re-import: every record stored), timed
 *      apart; it is not part of the ratio.
 * Both start from records already read and shape-checked (reading the file is timed apart).
 * Prints records/s and the ratio; results in benchmarks/results/import/<scale>-ingest.json
 * (<scale>-ingest-one-transaction.json with --one-transaction).
 *
 * The ceiling writes fewer things than the import (no INVOLVES, no IN_COUNTRY, no commitments, no
 * tallies): a ratio of 1 would mean the import costs no more than writing the bare records.
 */
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config";
import { Database } from "../../src/db/database";
import { startLocalNeo4j } from "../../src/db/localNeo4j";
import { applySchema } from "../../src/db/schema";
import type { Dataset } from "../../src/dataset/format";
import { counts, importParsedDataset, wipeInTransactions } from "../../src/dataset/import";
import { ProgressMeter } from "../../src/dataset/progress";
import { parseDatasetFile } from "../../src/dataset/read";
import * as rows from "../../src/dataset/rows";
import { freePort } from "../../src/ports";
import { saveResults } from "./results";
import { ensureDataset, log, runCommandLine } from "./store";

interface Options {
  scale: string;
  seed: number;
  batch: number;
  /** Rows per transaction; undefined: the whole import in one transaction (`npm run import`'s default). */
  transactionSize: number | undefined;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: "S", seed: 1, batch: 10_000, transactionSize: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    switch (argv[i]) {
      case "--scale": options.scale = argv[++i]; break;
      case "--seed": options.seed = value; i++; break;
      case "--batch": options.batch = value; i++; break;
      case "--transaction-size": options.transactionSize = value; i++; break;
      case "--one-transaction": options.transactionSize = undefined; break;
      default: throw new Error(`unknown argument ${argv[i]}\nUsage: npm run bench:import -- --scale S|M [--seed N] [--batch 10000] [--transaction-size 20000 | --one-transaction]`);
    }
  }
  if (!["S", "M", "L"].includes(options.scale)) throw new Error("--scale must be S, M or L");
  for (const [name, value] of [["--batch", options.batch], ["--transaction-size", options.transactionSize ?? 1]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  }
  if (options.transactionSize === undefined && options.scale === "L") throw new Error("--one-transaction takes S or M: L would need a Neo4j heap of about 50 GiB; use --transaction-size");
  return options;
}

/** A record as the ceiling writes it: a node of a label with its stored properties, and its id references. */
interface RawRecord {
  label: string;
  props: Record<string, unknown>;
  references: { type: string; to: string }[];
}

/**
 * Every record of the dataset in the importer's own stored form (src/dataset/rows.ts), its id
 * fields as references. Labels and relationship types are constants of this code, never data.
 */
function rawRecords(d: Dataset): RawRecord[] {
  const out: RawRecord[] = [];
  const add = (label: string, row: { props: Record<string, unknown> } & Record<string, unknown>) => {
    const references: RawRecord["references"] = [];
    for (const [key, value] of Object.entries(row)) {
      if (!/Ids?$/.test(key)) continue;
      const type = key.replace(/Ids?$/, "").toUpperCase();
      for (const to of Array.isArray(value) ? value : [value]) if (typeof to === "string") references.push({ type, to });
    }
    out.push({ label, props: row.props, references });
  };
  for (const c of rows.countryRows(d, new Set())) out.push({ label: "Country", props: c, references: [] });
  for (const r of d.exchangeRates) out.push({ label: "ExchangeRate", props: rows.exchangeRateRow(r), references: [] });
  for (const a of d.actors) add("Actor", rows.actorRow(a));
  for (const m of d.memberships) add("Membership", rows.membershipRow(m) as never);
  for (const p of d.partnerships) add("Partnership", rows.partnershipRow(p) as never);
  for (const a of d.activities) add("Activity", rows.activityRow(a) as never);
  for (const p of d.projects) add("Project", rows.projectRow(p) as never);
  for (const r of d.reviews) add("Review", rows.reviewRow(r) as never);
  for (const p of d.plans) {
    const plan = rows.planRow(p);
    add("Plan", plan as never);
    for (const task of plan.tasks) add("Task", { ...task, planId: p.id } as never);
  }
  for (const r of d.reports) add("Report", rows.reportRow(r) as never);
  for (const p of d.permits) add("Permit", rows.permitRow(p) as never);
  return out;
}

const LABELS = ["Country", "ExchangeRate", "Actor", "Membership", "Partnership", "Activity", "Project", "Review", "Plan", "Task", "Report", "Permit"];

/** The ceiling's whole time, and how much of it each label took: its nodes and the relationships of its id references. */
interface CeilingRun {
  seconds: number;
  labels: { label: string; seconds: number }[];
}

/** The ceiling: nodes label by label, then each label's references type by type, `batch` rows per transaction. */
async function writeRaw(db: Database, records: RawRecord[], batch: number): Promise<CeilingRun> {
  const started = performance.now();
  const spent = new Map<string, number>(LABELS.map((label) => [label, 0]));
  const inBatches = async (label: string, statement: string, items: unknown[]) => {
    const from = performance.now();
    for (let i = 0; i < items.length; i += batch) await db.driver.executeQuery(statement, { rows: items.slice(i, i + batch) });
    spent.set(label, spent.get(label)! + (performance.now() - from) / 1000);
  };
  const byLabel = new Map<string, RawRecord[]>(LABELS.map((label) => [label, []]));
  for (const r of records) byLabel.get(r.label)!.push(r);
  for (const label of LABELS) {
    const props = byLabel.get(label)!.map((r) => r.props);
    // An :Entity id (every record but countries and rates) is found by the unique index below.
    const entity = label === "Country" || label === "ExchangeRate" ? "" : ":Entity";
    await inBatches(label, `UNWIND $rows AS row CREATE (n:${label}${entity}) SET n = row`, props);
  }
  for (const label of LABELS) {
    const pairs = new Map<string, { from: string; to: string }[]>();
    for (const r of byLabel.get(label)!) {
      for (const ref of r.references) {
        let list = pairs.get(ref.type);
        if (!list) pairs.set(ref.type, (list = []));
        list.push({ from: String(r.props.id), to: ref.to });
      }
    }
    for (const [type, list] of pairs) {
      if (!/^[A-Z_]+$/.test(type)) throw new Error(`unexpected reference ${type}`);
      await inBatches(label, `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[:${type}]->(b)`, list);
    }
  }
  const labels = LABELS.map((label) => ({ label, seconds: spent.get(label)! })).filter((l) => l.seconds > 0);
  return { seconds: (performance.now() - started) / 1000, labels };
}

/** The run that took least time. */
function fastestOf<T extends { seconds: number }>(runs: T[]): T {
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

/** One line per step of a run: its name and seconds, aligned. */
function logTimes(steps: [name: string, seconds: number][]): void {
  for (const [name, seconds] of steps) log(`  ${name.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s`);
}

async function wipe(db: Database): Promise<void> {
  // As `--replace --transaction-size` wipes, 10 000 a transaction.
  await wipeInTransactions(db, 10_000);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const file = await ensureDataset(options);
  const quiet = new ProgressMeter(() => {});
  let started = performance.now();
  const parsed = await parseDatasetFile(file, quiet);
  const readSeconds = (performance.now() - started) / 1000;
  const records = Object.values(counts(parsed.dataset)).reduce((n, c) => n + c, 0);
  log(`${path.relative(PROJECT_ROOT, file)}: ${records} records, read and shape-checked in ${readSeconds.toFixed(1)} s`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  const { heap, pageCache } = options.transactionSize === undefined ? ONE_TRANSACTION_MEMORY[options.scale] : INGEST_MEMORY[options.scale];
  const local = await startLocalNeo4j({ dir, boltPort: await freePort(), heap, pageCache, log });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic("neo4j", "neo4j"));
  const db = new Database(driver);
  try {
    await applySchema(db);
    const raw = rawRecords(parsed.dataset);
    // In turns, each side twice, the faster run of each kept: a first run pays for a cold JVM
    // (and for planning its statements), so each side gets one run after the other has warmed it.
    const ceilings: CeilingRun[] = [];
    const onlines: { seconds: number; phases: PhaseClock["phases"] }[] = [];
    const turns = 2;
    for (let turn = 1; turn <= turns; turn++) {
      const ceiling = await writeRaw(db, raw, options.batch);
      ceilings.push(ceiling);
      log(`ceiling, run ${turn}: ${ceiling.seconds.toFixed(1)} s, ${Math.round(records / ceiling.seconds)} records/s`);
      logTimes(ceiling.labels.map((l) => [l.label, l.seconds]));
      await wipe(db);
      const phases = new PhaseClock();
      await importParsedDataset(db, parsed, { transactionSize: options.transactionSize, onProgress: (line) => phases.heard(line) });
      const online = phases.end();
      onlines.push({ seconds: online, phases: phases.phases });
      log(`online import, run ${turn}: ${online.toFixed(1)} s, ${Math.round(records / online)} records/s`);
      logTimes(phases.phases.map((p) => [p.phase, p.seconds]));
      if (turn < turns) await wipe(db);
    }

    // The graph now holds the file: the same import again, as after a correction that changed little
    // (an upsert over every stored record, whose relations the file gives again).
    const again = new PhaseClock();
    await importParsedDataset(db, parsed, { transactionSize: options.transactionSize, onProgress: (line) => again.heard(line) });
    const reimport = again.end();
    log(`the same import again, over its own graph: ${reimport.toFixed(1)} s, ${Math.round(records / reimport)} records/s`);
    logTimes(again.phases.map((p) => [p.phase, p.seconds]));

    const fastestCeiling = fastestOf(ceilings);
    const ceiling = fastestCeiling.seconds;
    const fastest = fastestOf(onlines);
    const online = fastest.seconds;
    const ratio = ceiling / online;
    log(`\nonline import / ceiling (records/s): ${ratio.toFixed(2)}× (the faster run of each)`);
    const name = `${options.scale.toLowerCase()}-ingest${options.transactionSize === undefined ? "-one-transaction" : ""}.json`;
    saveResults("import", name, options, {
      file: path.relative(PROJECT_ROOT, file), records, batch: options.batch, transactionSize: options.transactionSize ?? "one transaction",
      readSeconds: round(readSeconds), ceilingSeconds: ceilings.map((c) => round(c.seconds)), onlineSeconds: onlines.map((o) => round(o.seconds)),
      ceilingRecordsPerSecond: Math.round(records / ceiling), onlineRecordsPerSecond: Math.round(records / online), ratio: round(ratio, 3),
      heap, pageCache, loadAverage: os.loadavg().map((l) => round(l, 2)), onlinePhases: fastest.phases.map((p) => ({ ...p, seconds: round(p.seconds) })),
      ceilingLabels: fastestCeiling.labels.map((l) => ({ ...l, seconds: round(l.seconds) })),
      reimportSeconds: round(reimport), reimportPhases: again.phases.map((p) => ({ ...p, seconds: round(p.seconds) })),
    });
  } finally {
    await driver.close();
    await local.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Neo4j's memory for this bench. Smaller than the query benches' (store.ts): the import commits
 * every 20 000 rows, so its transactions need little heap, and a 4 GiB heap at M leaves the machine
 * to the other workloads that share it. Both sides run on the same Neo4j, so the ratio is fair.
 */
const INGEST_MEMORY: Record<string, { heap: string; pageCache: string }> = {
  S: { heap: "2g", pageCache: "1g" },
  M: { heap: "4g", pageCache: "2g" },
  L: { heap: "4g", pageCache: "4g" },
};

/** With --one-transaction: Neo4j holds the whole import's state in its heap (M needs about 12 GiB; README, "Import"). */
const ONE_TRANSACTION_MEMORY: Record<string, { heap: string; pageCache: string }> = {
  S: { heap: "2g", pageCache: "1g" },
  M: { heap: "12g", pageCache: "2g" },
};

/**
 * Where the online import's time goes, from its own progress lines: a phase is the run of lines of
 * one step (`actors: 1000/9000 …`, `tallies for coverage: partners in 3.1 s`), and lasts from the
 * previous phase's last line to its own last one. What follows the last line (graph version, audit
 * entry, commit) is the phase "finish".
 */
class PhaseClock {
  readonly phases: { phase: string; seconds: number }[] = [];
  private readonly started = performance.now();
  private lastAt = this.started;
  private current: string | undefined;
  private currentEnd = this.started;

  heard(line: string): void {
    const phase = /^(tallies for coverage: \S+|checking|[^:…]+)/.exec(line)?.[1] ?? line;
    const now = performance.now();
    if (phase !== this.current) this.close();
    this.current = phase;
    this.currentEnd = now;
  }

  /** Closes the last phase; the whole time in seconds. */
  end(): number {
    this.close();
    const now = performance.now();
    this.phases.push({ phase: "finish", seconds: (now - this.lastAt) / 1000 });
    return (now - this.started) / 1000;
  }

  private close(): void {
    if (this.current === undefined) return;
    this.phases.push({ phase: this.current, seconds: (this.currentEnd - this.lastAt) / 1000 });
    this.lastAt = this.currentEnd;
    this.current = undefined;
  }
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

runCommandLine(main);
