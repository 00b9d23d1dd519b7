/** The demo dataset (data/demo/khanh-hoa.json), loaded at start-up into an empty graph. */
import path from "node:path";
import { PROJECT_ROOT } from "../config";
import type { Database } from "../db/database";
import { importDatasetFile } from "./import";

export const DEMO_FILE = path.join(PROJECT_ROOT, "data", "demo", "khanh-hoa.json");

/** Imports the demo dataset when the graph holds no actor; returns whether it did. */
export async function loadDemoIfEmpty(db: Database, log: (line: string) => void): Promise<boolean> {
  const [row] = await db.read("queries/graph-is-empty");
  if (!row?.empty) return false;
  log(`The graph is empty: loading the demo dataset ${path.relative(PROJECT_ROOT, DEMO_FILE)}…`);
  const counts = await importDatasetFile(db, DEMO_FILE);
  log(`Demo dataset loaded: ${counts.actors} actors, ${counts.partnerships} partnerships, ${counts.activities} activities, ${counts.projects} projects.`);
  return true;
}
