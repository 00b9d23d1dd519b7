/** Reading a dataset file from disk, with errors that name the file. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export class DatasetFileError extends Error {}

/** The one-line error for a file that cannot be opened or read. */
export function cannotRead(file: string, error: unknown): DatasetFileError {
  const code = (error as NodeJS.ErrnoException).code;
  return new DatasetFileError(`${file}: cannot read the file (${code === "ENOENT" ? "no such file" : code ?? String(error)})`);
}

/**
 * The whole document as one object: for small files (tests, the demo). Large files go through
 * `readDatasetStream` (stream.ts), which never holds the text: V8 cannot hold a string over ~512 MiB.
 */
export function readDatasetFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw cannotRead(file, error);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")); // tolerate a UTF-8 byte-order mark
  } catch (error) {
    throw new DatasetFileError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Where an import's records came from, as its audit entry records it. */
export interface DatasetSource {
  /** The file's name (no directories: they say nothing of the data and may say much of a machine). */
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** The file's name and SHA-256, read as a stream. */
export async function datasetSource(file: string): Promise<DatasetSource> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    throw cannotRead(file, error);
  }
  return { file: path.basename(file), sha256: hash.digest("hex") };
}
