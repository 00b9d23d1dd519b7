/**
 * Reads a `partner-network/v1` file as a stream: the bytes go through stream-json's tokenizer and the
 * records come out one at a time (records.ts), so neither the text nor the raw document is ever held
 * whole (a generated L file is 564 MiB, above V8's largest string). Syntax errors name the file and
 * the line and column, found by a second, slower pass over the file up to the error.
 *
 * Speed, best of 3 on the generated files (S 14 MiB, M 139 MiB), on a 2-core machine: the tokenizer
 * alone 25 and 30 MiB/s; with the records assembled (records.ts) 18 and 19 MiB/s; with each record
 * also checked by zod 11 and 12 MiB/s. A hand-written scanner that splits the top-level arrays and
 * JSON.parse's each element measured 53 and 74 MiB/s: the library's token stream is 2 to 2.5 times
 * slower, not enough to own a JSON scanner and its error reporting, and reading is about 7% of an
 * import (M: 12 s of 176 s).
 */
import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { type Token, jsonParser } from "stream-json/core/parser.js";
import { DatasetFileError, cannotRead } from "./file";
import { DuplicateField, RecordSplitter, type RecordVisitor } from "./records";

/** stream-json's end-of-input marker. */
const END = Symbol.for("object-stream.none");
/** Large enough that per-chunk costs vanish, small enough that locating an error in one chunk is quick. */
const CHUNK_BYTES = 256 * 1024;
const TOKENIZER_OPTIONS = { packValues: true, streamValues: false, jsonStreaming: false };

export interface ReadProgress {
  bytes: number;
  totalBytes: number;
}

export interface StreamOptions {
  /** Called after every chunk read (about every 256 KiB), and once at the end with all the bytes. */
  onProgress?: (progress: ReadProgress) => void;
}

/** The decoded text of the file, chunk by chunk, without a leading byte-order mark, with the bytes read. */
async function* textChunks(file: string): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new StringDecoder("utf8");
  let first = true;
  try {
    for await (const bytes of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
      let text = decoder.write(bytes as Buffer);
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // tolerate a UTF-8 byte-order mark
      }
      yield { text, bytes: (bytes as Buffer).length };
    }
  } catch (error) {
    throw cannotRead(file, error);
  }
  const rest = decoder.end();
  if (rest) yield { text: rest, bytes: 0 };
}

function tokensOf(result: { values: Token[] } | symbol): Token[] {
  return typeof result === "symbol" ? [] : result.values;
}

/** "Parser cannot parse input: expected ','" → "expected ','" */
function plainMessage(error: unknown): string {
  return String((error as Error).message ?? error).replace(/^Parser (cannot parse input: |has )/, "");
}

/**
 * Hands every element of every top-level array to `onRecord` with its section and index, in file
 * order, and returns the top level with each array emptied (or the document itself if it is not an
 * object). Throws DatasetFileError for a file that cannot be read or is not JSON.
 */
export async function readDatasetStream(file: string, onRecord: RecordVisitor, options: StreamOptions = {}): Promise<unknown> {
  let totalBytes: number;
  try {
    totalBytes = fs.statSync(file).size;
  } catch (error) {
    throw cannotRead(file, error);
  }
  const tokenize = jsonParser(TOKENIZER_OPTIONS);
  const splitter = new RecordSplitter(onRecord);
  let bytes = 0;
  let chunks = 0;
  const feed = (text: string | symbol) => {
    let tokens: Token[];
    try {
      tokens = tokensOf(tokenize(text));
    } catch (error) {
      // At the end of the text the tokenizer reports what it was still waiting for: the error is in the last chunk.
      throw typeof text === "symbol" ? new SyntaxErrorAt(chunks - 1, true, plainMessage(error)) : new SyntaxErrorAt(chunks, false, plainMessage(error));
    }
    for (const token of tokens) splitter.token(token);
  };
  try {
    for await (const read of textChunks(file)) {
      feed(read.text);
      chunks++;
      bytes += read.bytes;
      if (bytes < totalBytes) options.onProgress?.({ bytes, totalBytes }); // the last one follows the end
    }
    feed(END);
  } catch (error) {
    if (error instanceof SyntaxErrorAt) throw await syntaxError(file, error);
    if (error instanceof DuplicateField) throw new DatasetFileError(`${file}: ${error.message}; a partner-network/v1 document names each field once`);
    throw error;
  }
  options.onProgress?.({ bytes: totalBytes, totalBytes });
  return splitter.document();
}

/** Where the tokenizer failed: in which chunk, and whether only when told the text had ended. */
class SyntaxErrorAt extends Error {
  constructor(readonly chunk: number, readonly atEnd: boolean, readonly reason: string) {
    super(reason);
  }
}

async function syntaxError(file: string, error: SyntaxErrorAt): Promise<DatasetFileError> {
  const at = await locate(file, error);
  const what = at.endOfText ? `the file ends before the document does (${error.reason})` : error.reason;
  return new DatasetFileError(`${file}: not valid JSON: ${what} at line ${at.line}, column ${at.column}`);
}

/**
 * Line and column (1-based) of a syntax error: the chunks before the failing one are fed whole, the
 * failing one a character at a time. The tokenizer notices some errors a few characters late (it
 * waits for the end of `true`, a number or an escape), so the error is placed at the first
 * character after the last token it completed, skipping blanks and separators. Run only after a
 * failure: the first pass pays nothing for it.
 */
async function locate(file: string, failure: SyntaxErrorAt): Promise<{ line: number; column: number; endOfText: boolean }> {
  const tokenize = jsonParser(TOKENIZER_OPTIONS);
  let line = 1;
  let column = 1;
  const advance = (text: string) => {
    const lastBreak = text.lastIndexOf("\n");
    if (lastBreak < 0) {
      column += text.length;
      return;
    }
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) line++;
    column = text.length - lastBreak;
  };
  let chunk = 0;
  for await (const { text } of textChunks(file)) {
    if (chunk++ < failure.chunk) {
      tokenize(text);
      advance(text);
      continue;
    }
    let afterLastToken = 0;
    let failedAt = text.length;
    for (let i = 0; i < text.length; i++) {
      try {
        if (tokensOf(tokenize(text[i])).length > 0) afterLastToken = i + 1;
      } catch {
        failedAt = i;
        break;
      }
    }
    let at = afterLastToken;
    while (at < failedAt && /[\s,:]/.test(text[at])) at++;
    advance(text.slice(0, at));
    return { line, column, endOfText: at >= text.length };
  }
  return { line, column, endOfText: true }; // an empty file
}
