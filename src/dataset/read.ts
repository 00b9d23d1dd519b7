/** A dataset file read as a stream and shape-checked record by record: the parsed records are its only copy in memory. */
import path from "node:path";
import { DatasetParser, type ParsedDataset } from "./parse";
import type { ProgressMeter } from "./progress";
import { readDatasetStream } from "./stream";

const MIB = 1024 * 1024;

export async function parseDatasetFile(file: string, meter: ProgressMeter): Promise<ParsedDataset> {
  const parser = new DatasetParser();
  const started = Date.now();
  const name = path.basename(file);
  const top = await readDatasetStream(file, (section, index, item) => parser.add(section, index, item), {
    onProgress: ({ bytes, totalBytes }) =>
      meter.line(() => `reading ${name}: ${(bytes / MIB).toFixed(1)}/${(totalBytes / MIB).toFixed(1)} MiB, ${parser.records} records (${meter.rate(parser.records, started)})`, bytes >= totalBytes),
  });
  parser.document(top);
  return parser.finish();
}
