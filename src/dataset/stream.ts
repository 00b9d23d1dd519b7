/**
 * Reads a `partner-network/v1` file as a stream: the text is decoded chunk by chunk and the records
 * come out one at a time, so neither the text nor the raw document is ever held whole (a generated L
 * file is 564 MiB, above V8's largest string).
 *
 * Two readers, one after the other:
 * - the fast reader (scan.ts) finds where each record ends and builds it with JSON.parse; it takes
 *   the files the format describes, and declines at anything else;
 * - the token reader (stream-json's tokenizer, records.ts) takes any JSON and explains what is wrong
 *   with it: syntax errors with the line and column (found by a second, slower pass over the file up
 *   to the error), a field given twice, values nested too deep.
 *
 * Speed on the generated M file (159 MiB), a 2-core machine: the token reader handed on its records
 * in 4.9-5.5 s, the fast reader in 3.3-3.6 s; with each record checked by zod, the whole read took
 * 11.8-12.3 s, and 9.6 s (BENCHMARKS.md, round 26).
 */
import fs from "node:fs";
import { type Token, jsonParser } from "stream-json/core/parser.js";
import { DatasetFileError, cannotRead } from "./file";
import { TooManyRecords } from "./parse";
import { RecordSplitter, StructureError, type RecordVisitor } from "./records";
import { Declined, RecordScanner } from "./scan";

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

/** Bytes that are not UTF-8, found in chunk `chunk` of the file (located by `locateInvalidUtf8`). */
class InvalidUtf8 extends Error {
  constructor(readonly chunk: number) {
    super("not valid UTF-8");
  }
}

/**
 * The decoded text of the file, chunk by chunk, without a leading byte-order mark, with the bytes
 * read. The decoder is strict: bytes that are not UTF-8 stop the read (a lenient one would store
 * U+FFFD in their place, and the import would succeed with the text silently changed).
 */
async function* textChunks(file: string): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let chunk = 0;
  const decode = (bytes?: Buffer) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new InvalidUtf8(bytes ? chunk : chunk - 1);
    }
  };
  try {
    for await (const bytes of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
      yield { text: decode(bytes as Buffer), bytes: (bytes as Buffer).length };
      chunk++;
    }
  } catch (error) {
    throw error instanceof InvalidUtf8 ? error : cannotRead(file, error);
  }
  const rest = decode();
  if (rest) yield { text: rest, bytes: 0 };
}

/** The first byte of a character that the byte at `at` cuts short, or `at` itself. */
function unfinishedCharacterStart(bytes: Uint8Array, at: number): number {
  let start = at - 1;
  while (start >= 0 && at - start <= 3 && (bytes[start] & 0xc0) === 0x80) start--; // continuation bytes
  if (start < 0 || bytes[start] < 0xc0) return at;
  const length = bytes[start] >= 0xf0 ? 4 : bytes[start] >= 0xe0 ? 3 : 2;
  return at - start < length ? start : at;
}

/** Byte offset and line of the first byte that is not UTF-8, in chunk `chunk` or at the end of the file. */
async function locateInvalidUtf8(file: string, failure: InvalidUtf8): Promise<{ offset: number; line: number }> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  let line = 1;
  let chunk = 0;
  for await (const read of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    const bytes = read as Buffer;
    if (chunk++ < failure.chunk) {
      decoder.decode(bytes, { stream: true });
      offset += bytes.length;
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) line++;
      continue;
    }
    // A byte at a time: the decoder throws at the first byte that cannot begin or continue a
    // character; when that byte cuts a character short, the character's first byte is the place.
    for (let i = 0; i < bytes.length; i++) {
      try {
        decoder.decode(bytes.subarray(i, i + 1), { stream: true });
      } catch {
        return { offset: offset + unfinishedCharacterStart(bytes, i), line };
      }
      if (bytes[i] === 10) line++;
    }
    offset += bytes.length;
  }
  return { offset, line }; // the file ends inside a character
}

function tokensOf(result: { values: Token[] } | symbol): Token[] {
  return typeof result === "symbol" ? [] : result.values;
}

/** "Parser cannot parse input: expected ','" → "expected ','" */
function plainMessage(error: unknown): string {
  return String((error as Error).message ?? error).replace(/^Parser (cannot parse input: |has )/, "");
}

/** A reader of the file's text: fed chunk by chunk (numbered from 0), then told the text has ended. */
interface TextReader {
  feed(text: string, chunk: number): void;
  end(chunks: number): unknown;
}

/** The token reader: stream-json's tokenizer and the record splitter (records.ts); takes any JSON and places its errors. */
function tokenReader(onRecord: RecordVisitor): TextReader {
  const tokenize = jsonParser(TOKENIZER_OPTIONS);
  const splitter = new RecordSplitter(onRecord);
  const feed = (text: string | symbol, chunk: number, atEnd: boolean) => {
    let tokens: Token[];
    try {
      tokens = tokensOf(tokenize(text));
    } catch (error) {
      // At the end of the text the tokenizer reports what it was still waiting for: the error is in the last chunk.
      throw new SyntaxErrorAt(chunk, atEnd, plainMessage(error));
    }
    for (const token of tokens) splitter.token(token);
  };
  return {
    feed: (text, chunk) => feed(text, chunk, false),
    end: (chunks) => {
      feed(END, chunks - 1, true);
      return splitter.document();
    },
  };
}

/** The fast reader (scan.ts): a document in the usual shape, each record parsed by JSON.parse; declines anything else. */
function scanReader(onRecord: RecordVisitor): TextReader {
  const scanner = new RecordScanner(onRecord);
  return { feed: (text) => scanner.feed(text), end: () => scanner.end() };
}

/**
 * Hands every element of every top-level array to `onRecord` with its section and index, in file
 * order, and returns the top level with each array emptied (or the document itself if it is not an
 * object). Throws DatasetFileError for a file that cannot be read or is not JSON.
 *
 * The fast reader reads first. When it declines (an error, or a shape it does not take), the token
 * reader reads the file again, skipping the records the fast reader has already handed on (the same
 * ones, in the same order), and throws the error with its place, or reads the rest.
 */
export async function readDatasetStream(file: string, onRecord: RecordVisitor, options: StreamOptions = {}): Promise<unknown> {
  let handedOn = 0;
  try {
    return await readWith(file, scanReader((section, index, value) => {
      onRecord(section, index, value);
      handedOn++;
    }), options);
  } catch (error) {
    if (!(error instanceof Declined)) throw error;
  }
  let skipped = 0;
  return readWith(file, tokenReader((section, index, value) => {
    if (skipped < handedOn) skipped++;
    else onRecord(section, index, value);
  }), options);
}

async function readWith(file: string, reader: TextReader, options: StreamOptions): Promise<unknown> {
  let totalBytes: number;
  try {
    totalBytes = fs.statSync(file).size;
  } catch (error) {
    throw cannotRead(file, error);
  }
  let bytes = 0;
  let chunks = 0;
  let top: unknown;
  try {
    for await (const read of textChunks(file)) {
      reader.feed(read.text, chunks);
      chunks++;
      bytes += read.bytes;
      if (bytes < totalBytes) options.onProgress?.({ bytes, totalBytes }); // the last one follows the end
    }
    top = reader.end(chunks);
  } catch (error) {
    if (error instanceof SyntaxErrorAt) throw await syntaxError(file, error);
    if (error instanceof InvalidUtf8) {
      const at = await locateInvalidUtf8(file, error);
      throw new DatasetFileError(`${file}: not valid UTF-8 at byte ${at.offset} (line ${at.line}); a partner-network/v1 file is UTF-8`);
    }
    if (error instanceof StructureError || error instanceof TooManyRecords) throw new DatasetFileError(`${file}: ${error.message}`);
    throw error;
  }
  options.onProgress?.({ bytes: totalBytes, totalBytes });
  return top;
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
