/**
 * Turns the token stream of a dataset document into its records, one at a time: each element of a
 * top-level array is assembled into a plain value (as JSON.parse would make it) and handed on with
 * its section and index, then dropped. What remains is the top level itself, each array replaced by
 * an empty one, for the document-level check (`format`, unknown fields).
 */
import type { Token } from "stream-json/core/parser.js";
import { jsonPath } from "./problems";

export type RecordVisitor = (section: string, index: number, value: unknown) => void;

type Container = Record<string, unknown> | unknown[];

/** Arrays and objects nested inside one record at most; the deepest record of the format nests 4. */
export const MAX_NESTING = 16;

/**
 * The document breaks a rule of its structure that no record check could see: a field named twice
 * in one object (JSON.parse would silently keep the last), or values nested beyond MAX_NESTING.
 * `path` is the JSON path of the place.
 */
export class StructureError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(path ? `${path}: ${reason}` : reason);
  }
}

/** Sets a key as JSON.parse does: `__proto__` becomes an own property, never the prototype. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/**
 * A copy of `text` that does not keep the tokenizer's input alive. V8 makes a substring of 13
 * characters or more a view into its parent string, here a whole chunk of the file: records kept for
 * the import would pin every chunk (measured at M: 631 MiB of heap for the parsed dataset, instead
 * of 271 MiB). Prepending a character builds a new flat string; slicing it off again keeps only that.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/**
 * One copy of each short string value (dates, enum values, codes, currencies), as JSON.parse keeps
 * them (V8 shares values of up to 10 characters): a large file repeats them millions of times
 * (measured at M: 365 MiB of heap for the parsed dataset instead of 446 MiB). Bounded, since most
 * short values are ids that occur once or twice.
 */
class ShortStrings {
  private readonly known = new Map<string, string>();

  get(text: string): string {
    if (text.length > 10) return detached(text);
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.known.size >= 50_000) this.known.clear();
    this.known.set(text, text);
    return text;
  }
}

export class RecordSplitter {
  /** 0: before the document; 1: inside the top-level object; 2: inside one of its arrays. */
  private depth = 0;
  /** Values being assembled (a record, or a top-level field that is not an array), innermost last. */
  private readonly stack: Container[] = [];
  /** The pending key of each object on `stack` (unused for arrays). */
  private readonly keys: string[] = [];
  /** Nesting inside a top-level value that is not an object (only its syntax matters). */
  private skipping = 0;
  private field = "";
  private index = 0;
  private readonly fields = new Set<string>();
  private top: unknown;
  private complete = false;
  private readonly strings = new ShortStrings();

  constructor(private readonly onRecord: RecordVisitor) {}

  /** The top level once the document is complete (each array emptied), or a non-object as it was. */
  document(): unknown {
    if (!this.complete) throw new Error("RecordSplitter.document() before the end of the document");
    return this.top;
  }

  token(t: Token): void {
    switch (t.name) {
      case "startObject":
      case "startArray":
        this.start(t.name === "startObject");
        break;
      case "endObject":
      case "endArray":
        this.end();
        break;
      case "keyValue":
        this.key(t.value);
        break;
      case "numberValue":
        this.value(Number(t.value));
        break;
      case "stringValue":
        this.value(this.strings.get(t.value));
        break;
      default:
        this.value(t.value);
    }
  }

  /** JSON path of the value being assembled: its record, then the keys and indexes down to it. */
  private path(): string {
    const parts: PropertyKey[] = this.depth === 2 ? [this.field, this.index] : this.depth === 1 ? [this.field] : [];
    for (let i = 0; i < this.stack.length - 1; i++) {
      const container = this.stack[i];
      parts.push(Array.isArray(container) ? container.length : this.keys[i]);
    }
    return jsonPath(parts);
  }

  private start(isObject: boolean): void {
    if (this.skipping > 0) {
      this.skipping++;
    } else if (this.stack.length > 0 || this.depth === 2 || (this.depth === 1 && isObject)) {
      if (this.stack.length >= MAX_NESTING) throw new StructureError(this.path(), `nested more than ${MAX_NESTING} levels deep`);
      this.stack.push(isObject ? {} : []);
      this.keys.push("");
    } else if (this.depth === 1) {
      this.depth = 2; // a top-level array: its elements are the records
      this.index = 0;
    } else if (isObject) {
      this.depth = 1;
      this.top = {};
    } else {
      this.skipping = 1; // a document that is an array is rejected whole: nothing of it is kept
      this.top = [];
    }
  }

  private end(): void {
    if (this.skipping > 0) {
      if (--this.skipping === 0) this.complete = true;
    } else if (this.stack.length > 0) {
      this.keys.pop();
      this.value(this.stack.pop());
    } else if (this.depth === 2) {
      setKey(this.top as Record<string, unknown>, this.field, []);
      this.depth = 1;
    } else {
      this.depth = 0;
      this.complete = true;
    }
  }

  private key(key: string): void {
    if (this.skipping > 0) return;
    const n = this.stack.length;
    if (n > 0) {
      this.keys[n - 1] = key;
      if (Object.prototype.hasOwnProperty.call(this.stack[n - 1], key)) throw new StructureError(jsonPath([this.path(), key]), "this field appears twice in one object");
    } else {
      if (this.fields.has(key)) throw new StructureError(key, "this top-level field appears twice");
      this.fields.add(key);
      this.field = key;
    }
  }

  private value(value: unknown): void {
    if (this.skipping > 0) return;
    const n = this.stack.length;
    if (n > 0) {
      const container = this.stack[n - 1];
      if (Array.isArray(container)) container.push(value);
      else setKey(container, this.keys[n - 1], value);
    } else if (this.depth === 2) {
      this.onRecord(this.field, this.index++, value);
    } else if (this.depth === 1) {
      setKey(this.top as Record<string, unknown>, this.field, value);
    } else {
      this.top = value; // a document that is a string, number, boolean or null
      this.complete = true;
    }
  }
}
