/**
 * Synthetic `partner-network/v2` datasets for performance work: a national partner network of any
 * size, deterministic for a given seed, streamed to a file record by record (see writer.ts), so
 * that datasets far larger than one JavaScript string can be produced with modest memory.
 *
 * Sections draw from separate random streams: the same seed and counts always give the same bytes,
 * and changing one count leaves the sections that do not depend on it as they were.
 */
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { FORMAT } from "../../src/dataset/format";
import { ActorTable, actorRecords, membershipRecords } from "./actors";
import { activityRecords, buildPartnerships, projectRecords, reviewRecords } from "./engagements";
import { buildPlans, reportRecords } from "./plans";
import { type DatasetCounts, type GenerateOptions, resolveOptions } from "./presets";
import { Random } from "./random";
import { ExchangeRates, countryRecords } from "./reference";
import { INTERNATIONAL_COUNTRY, internationalUnderXz, permitRecords, personRecords, withActivityDetails, withAgreements, withProjectTitles } from "./v2";
import { JsonDatasetWriter } from "./writer";

export type ArrayName =
  | "countries" | "exchangeRates" | "actors" | "memberships" | "partnerships" | "activities"
  | "projects" | "reviews" | "plans" | "tasks" | "reports" | "permits";

export interface GenerateSummary {
  seed: number;
  counts: DatasetCounts;
  /** Records written per array (tasks: inside the plans). */
  written: Record<ArrayName, number>;
  bytes: number;
  milliseconds: number;
}

/** Random streams, one per section (see Random.stream). */
const STREAM = {
  rates: 0, actors: 1, weights: 2, memberships: 3, partnerships: 4, activities: 5, projects: 6, reviews: 7, plans: 8, reports: 9,
  // v2 additions, each on its own stream so that the v1 values stay as they were
  persons: 10, agreements: 11, activityDetails: 12, projectTitles: 13, permits: 14,
} as const;

/** Writes a whole dataset to `out` and ends it. `onProgress` gets a line per section and per 10% of the activities. */
export async function writeDataset(options: GenerateOptions, out: Writable, onProgress: (line: string) => void = () => {}): Promise<GenerateSummary> {
  const { counts, seed } = resolveOptions(options);
  const started = performance.now();
  const random = (section: keyof typeof STREAM) => Random.stream(seed, STREAM[section]);
  const writer = new JsonDatasetWriter(out);
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const done = (name: string, n: number) => onProgress(`${name}: ${n} (${elapsed()})`);

  await writer.begin(FORMAT);
  const countries = await writer.array("countries", [...countryRecords(), INTERNATIONAL_COUNTRY]);
  const rates = new ExchangeRates(random("rates"));
  const exchangeRates = await writer.array("exchangeRates", rates.records());

  const table = new ActorTable();
  // Individuals come after the others; they draw from their own stream once the table is complete.
  const actors = await writer.array("actors", (function* () {
    yield* internationalUnderXz(actorRecords(table, counts, random("actors")));
    yield* personRecords(table, counts.persons, random("persons"));
  })());
  table.assignWeights(random("weights"));
  done("actors", actors);
  const memberships = await writer.array("memberships", membershipRecords(table, counts.memberships, random("memberships")));
  done("memberships", memberships);

  const partnershipTable = buildPartnerships(table, counts.partnerships, random("partnerships"));
  const partnerships = await writer.array("partnerships", withAgreements(partnershipTable.records, random("agreements")));
  // Built before the activities, which may serve their tasks (its own stream: the same plans either way).
  const planList = buildPlans(table, counts.plans, random("plans"));
  done("partnerships", partnerships);

  const step = Math.max(1, Math.ceil(counts.activities / 10));
  const activityList = activityRecords(table, partnershipTable, rates, counts.activities, random("activities"));
  const activities = await writer.array("activities", withActivityDetails(activityList, planList, table, counts.persons, random("activityDetails")), (n) => {
    if (n % step === 0 || n === counts.activities) {
      onProgress(`activities: ${n}/${counts.activities} (${Math.round((100 * n) / counts.activities)}%, ${(writer.bytes / 2 ** 20).toFixed(0)} MiB, ${elapsed()})`);
    }
  });
  const projects = await writer.array("projects", withProjectTitles(projectRecords(table, partnershipTable, rates, counts.projects, random("projects")), random("projectTitles")));
  done("projects", projects);
  const reviews = await writer.array("reviews", reviewRecords(table, partnershipTable, random("reviews")));
  done("reviews", reviews);
  const plans = await writer.array("plans", planList);
  const reports = await writer.array("reports", reportRecords(planList, random("reports")));
  done("reports", reports);
  const permits = await writer.array("permits", permitRecords(table, random("permits")));
  done("permits", permits);
  await writer.end();

  return {
    seed,
    counts,
    written: {
      countries, exchangeRates, actors, memberships, partnerships, activities, projects, reviews, plans,
      tasks: planList.reduce((n, p) => n + p.tasks.length, 0), reports, permits,
    },
    bytes: writer.bytes,
    milliseconds: performance.now() - started,
  };
}

/** The file cannot be created or written; the message names it. */
export class GenerateFileError extends Error {}

/**
 * Writes a dataset to `file` (creating its folder). The data goes to a temporary file next to it
 * that is renamed at the end, so an interrupted run never leaves a truncated dataset behind.
 */
export async function generateDatasetFile(options: GenerateOptions, file: string, onProgress?: (line: string) => void): Promise<GenerateSummary> {
  resolveOptions(options); // bad options are reported before any file is touched
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  let fd: number;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    fd = fs.openSync(partial, "w");
  } catch (error) {
    throw new GenerateFileError(`${file}: cannot write the file (${describe(error)})`);
  }
  try {
    const summary = await writeDataset(options, fs.createWriteStream("", { fd, highWaterMark: 1 << 20 }), onProgress);
    fs.renameSync(partial, target);
    return summary;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if ((error as NodeJS.ErrnoException).code) throw new GenerateFileError(`${file}: cannot write the file (${describe(error)})`);
    throw error;
  }
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT": return "no such folder";
    case "EACCES": case "EPERM": return "permission denied";
    case "ENOSPC": return "no space left on the device";
    case "EISDIR": return "it is a folder";
    case "ENOTDIR": case "EEXIST": return "a part of the path is not a folder";
    default: return e.code ?? String(error);
  }
}

/** The dataset as one string: for tests and small datasets only (L does not fit in a string). */
export async function generateDatasetText(options: GenerateOptions): Promise<string> {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString("utf8"));
      callback();
    },
  });
  await writeDataset(options, sink);
  return chunks.join("");
}

/** The dataset parsed, as the importer receives it. */
export async function generateDataset(options: GenerateOptions): Promise<Record<string, unknown>> {
  return JSON.parse(await generateDatasetText(options)) as Record<string, unknown>;
}
