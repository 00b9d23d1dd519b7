/**
 * Worker thread of the bulk import (activities.ts, startActivityWorker): writes one part of the
 * activities' tables and answers with its files.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type ActivityPart, type ActivityWorkerData, writeActivityPart } from "./activities";

const { context, part, activities } = workerData as ActivityWorkerData;
try {
  const parsed = activities.flatMap((chunk) => JSON.parse(chunk) as ActivityPart["activities"]);
  parentPort!.postMessage({ written: writeActivityPart(context, { ...part, activities: parsed }) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
