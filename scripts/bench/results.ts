/**
 * Where the write, import and brokers benchmarks keep their results: one JSON file per run in a
 * folder of benchmarks/results/, headed by the run's scale, seed, day and machine, which
 * scripts/bench/report.ts and benchmarks/method.md quote.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config";
import { log } from "./store";

/** Writes `results` to benchmarks/results/<folder>/<file> after the run's scale, seed, day and machine. */
export function saveResults(folder: string, file: string, run: { scale: string; seed: number }, results: Record<string, unknown>): void {
  const out = path.join(PROJECT_ROOT, "benchmarks", "results", folder, file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({
    scale: run.scale, seed: run.seed, date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    ...results,
  }, null, 2)}\n`);
  log(`Results in ${path.relative(PROJECT_ROOT, out)}`);
}
