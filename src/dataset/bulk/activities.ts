/**
 * The activities' tables of a bulk import, in parts written by several threads at once: the
 * activities are most of a large file (500 000 of M's 660 000 records), and writing their rows was
 * most of the CSV writer's time, on one core.
 *
 * Each part is the activities of some years, in the file's order. A year's tallies count only its
 * activities, so each part counts the complete tallies of its years, and every sum adds the same
 * amounts in the same order as one thread would. The tallies' nodes, which have no id, are written
 * by the main writer, which numbers them. Each part numbers its activities in a
 * range the main writer reserved, and names the nodes written before them (actors, partnerships,
 * tasks) by the main writer's numbers.
 *
 * `writeActivityPart` runs in the main thread for the first part and in a worker for each other
 * (activities.worker.ts); what it is given and gives back is plain data.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Dataset } from "../format";
import type { Stamp } from "../write";
import { activityRow } from "../rows";
import { NodeNumbers } from "./csv";
import { type CountedTallies, involvedActors, TallyCounter } from "../countedTallies";
import { ENTITY, distinct, stampProps, TableWriter, type TableParts, withDigest } from "./tableWriter";

type Activity = Dataset["activities"][number];

/** What writing some activities needs from the tables written before them. */
export interface ActivityContext {
  dir: string;
  stamp: Stamp;
  /** The ids of ID space Entity numbered so far: the actors, plans, tasks and partnerships. */
  numbered: Map<string, number>;
  /** The FOREIGN actors (an activity's partners), each as the tallies count it. */
  foreignActors: Map<string, { id: string; kind: string; country: string }>;
  /** Each partnership's foreign parties (an activity under it involves them). */
  foreignParties: Map<string, readonly string[]>;
  /** The store's countries (a partner elsewhere is not tallied). */
  countries: Set<string>;
}

/** One part: its activities, in the file's order, numbered from `first`. */
export interface ActivityPart {
  index: number;
  first: number;
  activities: Activity[];
}

/** The activities split into at most `count` parts of whole years, as even as the years allow, each in the file's order. */
export function partsByYear(activities: readonly Activity[], count: number): Activity[][] {
  const byYear = new Map<string, Activity[]>();
  for (const a of activities) {
    const year = a.date?.slice(0, 4) ?? ""; // undated ones count in no tally: one more "year"
    let list = byYear.get(year);
    if (!list) byYear.set(year, (list = []));
    list.push(a);
  }
  // The largest year first into the smallest part: parts within a year's size of each other.
  const parts: { years: Set<string>; size: number }[] = Array.from({ length: Math.min(count, byYear.size) }, () => ({ years: new Set(), size: 0 }));
  for (const [year, list] of [...byYear].sort((a, b) => b[1].length - a[1].length)) {
    const smallest = parts.reduce((min, part) => (part.size < min.size ? part : min));
    smallest.years.add(year);
    smallest.size += list.length;
  }
  return parts.map(({ years }) => activities.filter((a) => years.has(a.date?.slice(0, 4) ?? "")));
}

/** A part written: its files, and the tallies of its years (the main writer numbers and writes their nodes). */
export interface WrittenPart {
  tables: TableParts;
  tallies: CountedTallies;
}

/** Writes one part's activities and their relationships into files of its own, and counts the tallies of their years. */
export function writeActivityPart(context: ActivityContext, part: ActivityPart): WrittenPart {
  const numbers = NodeNumbers.forPart(ENTITY, context.numbered, part.first);
  const writer = new TableWriter(context.dir, stampProps(context.stamp), numbers, `-part${part.index}`);
  const tallies = new TallyCounter(context.countries, context.foreignActors.values());

  const activities = writer.nodes("activities", ["Activity", "Entity", "Engagement"], "id", ENTITY);
  const under = writer.relationships("UNDER", ENTITY, ENTITY);
  const serves = writer.relationships("SERVES", ENTITY, ENTITY);
  const organizedBy = writer.relationships("ORGANIZED_BY", ENTITY, ENTITY);
  const participant = writer.relationships("PARTICIPANT", ENTITY, ENTITY);
  const involves = writer.relationships("INVOLVES", ENTITY, ENTITY);
  for (const a of part.activities) {
    const row = activityRow(a);
    activities.addEntity({ ...withDigest(row), partnershipId: row.partnershipId }); // as upsert-activities sets them
    if (row.partnershipId) under.add(a.id, row.partnershipId);
    if (row.taskId) serves.add(a.id, row.taskId);
    for (const id of distinct(row.organizerIds)) organizedBy.add(a.id, id);
    for (const id of distinct(row.participantIds)) participant.add(a.id, id);
    const involved = involvedActors(row, tallies.foreign, context.foreignParties);
    for (const id of involved) involves.add(a.id, id);
    tallies.add(a, involved);
  }

  // Every number of its range went to one of its activities, and it numbered nothing else.
  numbers.checkEveryNodeWritten(part.first + part.activities.length);
  return { tables: writer.closeParts(), tallies: tallies.counted() };
}

/**
 * The worker's entry. Compiled ahead of time (the Docker image runs dist/), it is the worker's
 * JavaScript; from the sources, it registers tsx and loads the TypeScript worker (as the brokers
 * ranking's worker does, src/analytics/network/ranking.ts).
 */
const WORKER_BOOTSTRAP = __filename.endsWith(".js")
  ? `require(${JSON.stringify(path.join(__dirname, "activities.worker.js"))});`
  : `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register(); ` +
    `require(${JSON.stringify(path.join(__dirname, "activities.worker.ts"))});`;

/**
 * What a worker is given: its activities as JSON texts (parsed there; a structured copy took the
 * main thread longer, and the worker twice as long), in chunks that stay far below V8's longest
 * string whatever the file's size.
 */
export interface ActivityWorkerData {
  context: ActivityContext;
  part: Omit<ActivityPart, "activities">;
  activities: string[];
}

const CHUNK = 50_000;

/** A part written in a worker thread; `stop` ends it early (when another part failed). */
export interface RunningPart {
  result: Promise<WrittenPart>;
  stop(): void;
}

export function startActivityWorker(context: ActivityContext, part: ActivityPart): RunningPart {
  const { activities, ...rest } = part;
  const chunks: string[] = [];
  for (let i = 0; i < activities.length; i += CHUNK) chunks.push(JSON.stringify(activities.slice(i, i + CHUNK)));
  const workerData: ActivityWorkerData = { context, part: rest, activities: chunks };
  const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData });
  const result = new Promise<WrittenPart>((resolve, reject) => {
    worker.once("message", (reply: { written: WrittenPart } | { error: string }) => {
      if ("written" in reply) resolve(reply.written);
      else reject(new Error(`writing part ${part.index} of the activities failed: ${reply.error}`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the worker writing part ${part.index} of the activities stopped (exit code ${code})`)));
  });
  const stop = () => {
    result.catch(() => {}); // stopped because another part failed: that part's error is the one reported
    void worker.terminate();
  };
  return { result, stop };
}
