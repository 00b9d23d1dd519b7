/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, class org.neo4j.cli.AdminTool,
 * from the jars the local Neo4j runs from) over the CSV files of tables.ts. NEO4J_HOME is a folder
 * of ours: the importer writes the store under its `data/` and its own log under `logs/`, so a
 * failed import leaves nothing in the real data folder (store.ts moves a finished store in).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { JVM_FLAGS, LocalNeo4jError, ensureNeo4jArtifacts } from "../../db/localNeo4j";
import { ARRAY_DELIMITER } from "./csv";
import type { BulkTables } from "./tables";

export interface AdminImportOptions {
  /** NEO4J_HOME of the importer (created if missing). */
  home: string;
  /** Where the importer's output is kept (it outlives the staging folder, to explain a failure). */
  logFile: string;
  /** JVM heap of the importer, e.g. "1g". */
  heap: string;
  /** Memory the importer may use outside its heap, e.g. "2g" (its default, 90% of the machine, is too greedy for a shared one). */
  offHeap: string;
  log: (line: string) => void;
}

/** The importer's arguments for these tables. */
export function adminImportArguments(tables: BulkTables, home: string): string[] {
  const args = [
    "database", "import", "full", "neo4j",
    "--verbose", // a failure explains itself (a stack trace) instead of "Error importing csv file"
    "--id-type=actual", // the nodes' own numbers (csv.ts, NodeNumbers): nothing to map
    `--array-delimiter=${ARRAY_DELIMITER}`,
    "--overwrite-destination=true",
    `--report-file=${path.join(home, "logs", "import.report")}`,
  ];
  for (const group of tables.nodes) args.push(`--nodes=${group.labels.join(":")}=${[group.header, ...group.data].join(",")}`);
  for (const group of tables.relationships) args.push(`--relationships=${group.type}=${[group.header, ...group.data].join(",")}`);
  // Values that span lines (a free text a user wrote on two lines) need the slower parser (the demo
  // M file, written with it: 24-26 s; without: 15 s). Its v2 form, for the listed files only,
  // failed at M on a row that straddled two read buffers ("Weird input data, found CR outside a
  // text cell"), so v1, for every file.
  if ([...tables.nodes, ...tables.relationships].some((g) => g.multiline)) args.push("--multiline-fields=true");
  return args;
}

/**
 * Runs the importer to completion. Its stage lines ("(1/4) Node import …", the totals) go to `log`;
 * everything it prints is kept in `logFile`. Rejects with the importer's own
 * explanation when it fails.
 */
export async function runAdminImport(tables: BulkTables, options: AdminImportOptions): Promise<void> {
  const lib = await ensureNeo4jArtifacts(options.log);
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const output = fs.createWriteStream(options.logFile);
  const args = [
    `-Xms${options.heap}`, `-Xmx${options.heap}`, ...JVM_FLAGS,
    "-cp", path.join(lib, "*"), "org.neo4j.cli.AdminTool",
    ...adminImportArguments(tables, options.home), `--max-off-heap-memory=${options.offHeap}`,
  ];
  const child = spawn("java", args, {
    cwd: options.home,
    env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: path.join(options.home, "conf") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lastLines: string[] = [];
  const onLine = (line: string) => {
    output.write(line + "\n");
    const text = line.trim();
    if (text === "") return;
    lastLines.push(text);
    if (lastLines.length > 8) lastLines.shift();
    // Its stages ("(1/4) Node import …" on a terminal, "Nodes, started …" otherwise) and totals.
    if (/^\(\d\/\d\)|, started \d{4}-|^IMPORT (DONE|FAILED)|^\d+ (nodes|relationships|properties)$|^Peak memory/.test(text)) options.log(`neo4j-admin: ${text}`);
  };
  readline.createInterface({ input: child.stdout }).on("line", onLine);
  readline.createInterface({ input: child.stderr }).on("line", onLine);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", (error) => reject(new LocalNeo4jError(`Cannot run Java for the offline importer: ${error.message}`)));
    child.on("close", (exit) => resolve(exit));
  });
  await new Promise((resolve) => output.end(resolve));
  if (code !== 0) {
    const reason = lastLines.filter((l) => !/^[-.\s\d%∆\[\]ms]+$/.test(l)).slice(-3).join(" | ");
    throw new LocalNeo4jError(`The offline importer failed (exit ${code}): ${reason} (full output in ${options.logFile})`);
  }
}
