/**
 * Reads a dataset document in its usual shape fast: the top-level object's fields, each a record
 * array or a string or object value. The scanner only finds where each record ends (strings,
 * brackets), and JSON.parse builds the record from its text, which takes about two thirds of the
 * time the token reader takes to assemble it from tokens (records.ts), and holds the records in
 * less memory (BENCHMARKS.md, round 26).
 *
 * It declines (`Declined`) at the first thing it does not take: a syntax error, a field given twice,
 * values nested too deep, a document that is not an object, a record that is not an object, a
 * top-level value that is a number or literal. The caller (stream.ts) then reads the file again with
 * the token reader, which explains the error with its place, or reads an unusual but valid file; the
 * records handed on before the decline are exactly the first ones the token reader finds, so it
 * skips them and every record is handed on once.
 */
import { MAX_NESTING, type RecordVisitor, setKey } from "./records";

/** The text is not in the shape this scanner takes (or not valid JSON): read it with the token reader. */
export class Declined extends Error {
  constructor(reason: string) {
    super(`the fast reader declined: ${reason}`);
  }
}

const enum Char {
  Tab = 9, LineFeed = 10, CarriageReturn = 13, Space = 32, Quote = 34, Comma = 44, Colon = 58,
  OpenBracket = 91, Backslash = 92, CloseBracket = 93, OpenBrace = 123, CloseBrace = 125,
}

/** Where the scanner is in the top-level object. */
const enum At {
  /** Before the document's `{`. */
  Start,
  /** After `{`: a key or `}`. */
  FirstKey,
  /** After `,`: a key. */
  NextKey,
  /** Inside a key's string. */
  Key,
  /** After a key: `:`. */
  Colon,
  /** After `:`: the value. */
  Value,
  /** After a record array's `[`: a record or `]`. */
  FirstRecord,
  /** After a record's `,`: the next record. */
  NextRecord,
  /** Inside a value whose text is being kept: a record, or a top-level string or object. */
  Text,
  /** After a record: `,` or `]`. */
  AfterRecord,
  /** After a field's value: `,` or `}`. */
  AfterValue,
  /** After the document's `}`: only whitespace. */
  End,
}

function isWhitespace(c: number): boolean {
  return c === Char.Space || c === Char.LineFeed || c === Char.CarriageReturn || c === Char.Tab;
}

/** How many fields the objects of a parsed value have in all: fewer than the text's colons when a field was given twice. */
function fieldCount(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += fieldCount(item);
  } else {
    for (const key in value) count += 1 + fieldCount((value as Record<string, unknown>)[key]);
  }
  return count;
}

export class RecordScanner {
  private at = At.Start;
  private readonly top: Record<string, unknown> = {};
  private readonly fields = new Set<string>();
  private field = "";
  private index = 0;
  /** The text kept so far of the key or value being read: pieces from earlier chunks, and where it starts in this one. */
  private pieces: string[] = [];
  private start = 0;
  /** Inside the kept text: in a string, after a backslash, bracket depth, and the colons outside strings (one per field). */
  private inString = false;
  private escaped = false;
  private depth = 0;
  private colons = 0;
  /** Whether the kept text is a record (else a top-level value). */
  private isRecord = false;

  constructor(private readonly onRecord: RecordVisitor) {}

  /** Scans the next piece of the text; throws Declined at the first thing it does not take. */
  feed(text: string): void {
    const n = text.length;
    let i = 0;
    this.start = 0;
    while (i < n) {
      if (this.at === At.Text || this.at === At.Key) {
        i = this.at === At.Key ? this.scanString(text, i) : this.scanValue(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      this.step(c, i);
      i++;
    }
    if (this.at === At.Text || this.at === At.Key) this.pieces.push(text.slice(this.start));
  }

  /** The top level once the text has ended, each record array emptied (as records.ts gives it). */
  end(): Record<string, unknown> {
    if (this.at !== At.End) throw new Declined("the document is not complete");
    return this.top;
  }

  /** One structural character outside any kept text. */
  private step(c: number, i: number): void {
    switch (this.at) {
      case At.Start:
        if (c !== Char.OpenBrace) throw new Declined("the document is not an object");
        this.at = At.FirstKey;
        return;
      case At.FirstKey:
      case At.NextKey:
        if (c === Char.CloseBrace && this.at === At.FirstKey) this.at = At.End;
        else if (c === Char.Quote) this.keep(i, At.Key, false);
        else throw new Declined("expected a key");
        return;
      case At.Colon:
        if (c !== Char.Colon) throw new Declined("expected ':'");
        this.at = At.Value;
        return;
      case At.Value:
        if (c === Char.OpenBracket) {
          this.index = 0;
          this.at = At.FirstRecord;
        } else if (c === Char.Quote || c === Char.OpenBrace) {
          this.keep(i, At.Text, false);
          if (c === Char.Quote) this.inString = true;
          else this.depth = 1;
        } else {
          throw new Declined("a top-level value that is not an array, a string or an object");
        }
        return;
      case At.FirstRecord:
      case At.NextRecord:
        if (c === Char.CloseBracket && this.at === At.FirstRecord) this.endArray();
        else if (c === Char.OpenBrace) {
          this.keep(i, At.Text, true);
          this.depth = 1;
        } else throw new Declined("a record that is not an object");
        return;
      case At.AfterRecord:
        if (c === Char.Comma) this.at = At.NextRecord;
        else if (c === Char.CloseBracket) this.endArray();
        else throw new Declined("expected ',' or ']' after a record");
        return;
      case At.AfterValue:
        if (c === Char.Comma) this.at = At.NextKey;
        else if (c === Char.CloseBrace) this.at = At.End;
        else throw new Declined("expected ',' or '}'");
        return;
      default:
        throw new Declined("text after the document");
    }
  }

  private keep(i: number, at: At, isRecord: boolean): void {
    this.pieces = [];
    this.start = i;
    this.at = at;
    this.isRecord = isRecord;
    this.inString = false;
    this.escaped = false;
    this.depth = 0;
    this.colons = 0;
  }

  /** The kept text up to and including position `last` of this chunk. */
  private kept(text: string, last: number): string {
    const tail = text.slice(this.start, last + 1);
    return this.pieces.length === 0 ? tail : this.pieces.join("") + tail;
  }

  /** A key's string from `i` (its opening quote is before it); returns where scanning goes on. */
  private scanString(text: string, i: number): number {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.escaped) this.escaped = false;
      else if (c === Char.Backslash) this.escaped = true;
      else if (c === Char.Quote) {
        const key = this.parseKept(text, i) as string;
        if (this.fields.has(key)) throw new Declined("a top-level field given twice");
        this.fields.add(key);
        this.field = key;
        this.at = At.Colon;
        return i + 1;
      }
    }
    return i;
  }

  /**
   * A record or top-level value from `i` (its opening bracket or quote, before it, was counted by
   * `step`): it ends at the bracket that closes the first one, or a string at its closing quote.
   */
  private scanValue(text: string, i: number): number {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === Char.Backslash) this.escaped = true;
        else if (c === Char.Quote) {
          this.inString = false;
          if (this.depth === 0) return this.endValue(text, i);
        }
      } else if (c === Char.Quote) this.inString = true;
      else if (c === Char.Colon) this.colons++;
      else if (c === Char.OpenBrace || c === Char.OpenBracket) {
        if (++this.depth > MAX_NESTING) throw new Declined("values nested too deep");
      } else if (c === Char.CloseBrace || c === Char.CloseBracket) {
        if (--this.depth === 0) return this.endValue(text, i);
      }
    }
    return i;
  }

  private endValue(text: string, last: number): number {
    const value = this.parseKept(text, last);
    if (fieldCount(value) !== this.colons) throw new Declined("a field given twice in one object");
    if (this.isRecord) {
      this.onRecord(this.field, this.index++, value);
      this.at = At.AfterRecord;
    } else {
      setKey(this.top, this.field, value);
      this.at = At.AfterValue;
    }
    return last + 1;
  }

  private endArray(): void {
    setKey(this.top, this.field, []);
    this.at = At.AfterValue;
  }

  /** The kept text up to `last`, parsed. A text too long for one string (RangeError) declines too: the token reader answers for it. */
  private parseKept(text: string, last: number): unknown {
    try {
      return JSON.parse(this.kept(text, last));
    } catch {
      throw new Declined("not valid JSON");
    }
  }
}
