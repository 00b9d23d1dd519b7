/** Reading a dataset file from disk, with errors that name the file. */
import fs from "node:fs";

export class DatasetFileError extends Error {}

export function readDatasetFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetFileError(`${file}: cannot read the file (${code === "ENOENT" ? "no such file" : code ?? String(error)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")); // tolerate a UTF-8 byte-order mark
  } catch (error) {
    throw new DatasetFileError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
