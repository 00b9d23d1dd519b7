/**
 * `npm run import -- [--replace] FILE`: imports a partner-network/v1 file in one transaction.
 * Exit 0 on success; on any problem, exit 1 with every problem on stderr and nothing written.
 */
import { Neo4jError } from "neo4j-driver";
import { ConfigError, neo4jConfig } from "../src/config";
import { connectNeo4j } from "../src/db/connect";
import { LocalNeo4jError } from "../src/db/localNeo4j";
import { DatasetFileError, readDatasetFile } from "../src/dataset/file";
import { DatasetRejected, importDataset } from "../src/dataset/import";

const USAGE = "Usage: npm run import -- [--replace] FILE";

function parseArgs(argv: string[]): { replace: boolean; file: string } {
  const flags = argv.filter((a) => a.startsWith("-"));
  const files = argv.filter((a) => !a.startsWith("-"));
  const unknown = flags.filter((f) => f !== "--replace");
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown.join(", ")}`);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? "FILE is missing" : `expected one FILE, got ${files.length}`);
  return { replace: flags.includes("--replace"), file: files[0] };
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const { replace, file } = parseArgs(process.argv.slice(2));
  const raw = readDatasetFile(file);
  const neo4j = await connectNeo4j(neo4jConfig(), (line) => console.error(line));
  try {
    const started = Date.now();
    const counts = await importDataset(neo4j.db, raw, { replace, onProgress: (line) => console.error(`  ${line}`) });
    const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ");
    console.log(`Imported ${file}${replace ? " (graph replaced)" : ""} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}`);
    return 0;
  } finally {
    await neo4j.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof DatasetRejected || error instanceof DatasetFileError || error instanceof ConfigError || error instanceof LocalNeo4jError) {
      console.error(error.message);
    } else if (error instanceof Neo4jError) {
      // The transaction was rolled back: say so in one line, with the server's reason.
      const hint = error.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError"
        ? " The import is one transaction: give Neo4j more heap (dbms.memory.transaction.total.max follows it)."
        : "";
      console.error(`Neo4j refused the import (${error.code}): ${error.message.split("\n")[0]}. Nothing was written.${hint}`);
    } else console.error(error);
    process.exit(1);
  },
);
