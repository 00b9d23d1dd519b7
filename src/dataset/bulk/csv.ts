/**
 * CSV files in the form Neo4j's offline importer reads (`neo4j-admin database import full`): a
 * data file written row by row, and its header in a file of its own, written last, once every
 * value has told which type its column holds (`signedOn:date`, `year:long`, `sectors:string[]`).
 *
 * Values are those the online import sends through the driver (src/dataset/rows.ts), and are typed
 * as the driver would type them: a Neo4j Date is a DATE, a Neo4j Integer an INTEGER, a JS number a
 * FLOAT, a list of them a LIST. null writes nothing, so the node has no such property, as after an
 * online `SET n += row` with a null. The offline importer cannot write an empty list: those are
 * returned to the caller, which sets them once the database runs.
 */
import fs from "node:fs";
import neo4j from "neo4j-driver";

/** Elements of a list are separated by this (`--array-delimiter`); no value written in a list may hold it. */
export const ARRAY_DELIMITER = ";";

type ScalarType = "string" | "long" | "double" | "boolean" | "date";
type ColumnType = ScalarType | `${ScalarType}[]`;

function scalarType(value: unknown): ScalarType {
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  if (neo4j.isInt(value)) return "long";
  if (neo4j.isDate(value as object)) return "date";
  throw new TypeError(`a value of type ${typeof value} (${String(value)}) has no CSV form`);
}

/** The text of a scalar in a CSV field: strings quoted (RFC 4180, quotes doubled), everything else bare. */
function scalarText(value: unknown, type: ScalarType): string {
  if (type === "string") {
    const text = value as string;
    return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
  }
  if (type === "double") {
    if (!Number.isFinite(value as number)) throw new TypeError(`the number ${value} has no CSV form`);
    return String(value);
  }
  if (type === "date") return dateText(value as InstanceType<typeof neo4j.types.Date>);
  return String(value); // an Integer prints as 42
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** 2020-01-31: what Date.toString() prints, without its Integer arithmetic (a large import writes millions). */
function dateText(date: InstanceType<typeof neo4j.types.Date>): string {
  const { year, month, day } = date as unknown as { year: unknown; month: unknown; day: unknown };
  if (typeof year === "number" && typeof month === "number" && typeof day === "number" && year >= 1000 && year <= 9999) {
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return date.toString();
}

/**
 * Buffered writes to one file: lines are encoded straight into one buffer, written when full. (A
 * growing string of pending lines, flushed every few MiB, lived long enough to reach the old
 * generation: with a whole dataset in the heap, most of the writer's time went to the collector.)
 */
class FileSink {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 22);
  private used = 0;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, "w");
  }

  write(text: string): void {
    // At most 3 bytes of UTF-8 per UTF-16 unit: flush unless the text surely fits.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        fs.writeSync(this.fd, text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  flush(): void {
    let written = 0;
    while (written < this.used) written += fs.writeSync(this.fd, this.buffer, written, this.used - written);
    this.used = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/**
 * Node numbers for the importer's `--id-type=actual`: each node's number is its id in the store, so
 * the importer maps no id when it links the relationships (at M its relationship stage took 0.7 s
 * instead of 3.5: BENCHMARKS.md, round 17). An id, in its ID space (the dataset's ids are unique
 * across its records, not across these spaces), is numbered at its first use, as a node or as a
 * relationship's end, whichever comes first: a relationship may name a node written later (an
 * actor's successor).
 */
export class NodeNumbers {
  private next = 0;
  private written = 0;
  private readonly spaces = new Map<string, Map<string, number>>();

  // The last id numbered: a record's relationships follow its node, and start from it.
  private lastSpace = "";
  private lastId = "";
  private lastNumber = -1;

  /**
   * The numbers of a part of the nodes written by another thread (activities.ts): the ids of `space`
   * numbered so far, and the range `reserve` gave its own nodes, from `first`.
   */
  static forPart(space: string, numbered: Map<string, number>, first: number): NodeNumbers {
    const numbers = new NodeNumbers();
    numbers.spaces.set(space, new Map(numbered)); // its own copy: it numbers its nodes in it
    numbers.next = numbers.written = first;
    return numbers;
  }

  /** Numbers for `count` nodes another thread writes (forPart), counted as written. Returns the first. */
  reserve(count: number): number {
    const first = this.next;
    this.next += count;
    this.written += count;
    return first;
  }

  /** The ids of `space` numbered so far (to give a part; read only while the part is written). */
  numbered(space: string): Map<string, number> {
    return this.spaces.get(space) ?? new Map();
  }

  /** The number of the node `id` of ID space `space`. */
  of(space: string, id: string): number {
    if (id === this.lastId && space === this.lastSpace) return this.lastNumber;
    let numbers = this.spaces.get(space);
    if (!numbers) this.spaces.set(space, (numbers = new Map()));
    let number = numbers.get(id);
    if (number === undefined) numbers.set(id, (number = this.next++));
    this.lastSpace = space;
    this.lastId = id;
    this.lastNumber = number;
    return number;
  }

  /** The number of a node being written (`of` its id, or a new number for a node without one). */
  node(space: string | null, id: string | null): number {
    this.written++;
    return space !== null && id !== null ? this.of(space, id) : this.next++;
  }

  /**
   * Throws unless every number went to exactly one node written: a relationship to a number no node
   * has would make the importer fail, or link nothing. The checks make it impossible (into an empty
   * store every reference is to a record of the file, and no id is defined twice); this says so if
   * that ever changes. `end`: where the numbers must have stopped (a part's, the end of its range).
   */
  checkEveryNodeWritten(end = this.next): void {
    if (this.written !== this.next || this.next !== end) {
      throw new Error(`The bulk import's files hold ${this.written} nodes for ${this.next} node numbers: ` +
        "a relationship names a node they do not hold, or a node is there twice");
    }
  }
}

/** The files of one `--nodes` or `--relationships` group: header first, then data. */
export interface CsvFiles {
  header: string;
  /** Its data files, which the importer reads as one (a group may be written in parts, by several threads). */
  data: string[];
  /** Some value spans lines (the importer must then parse these files more slowly). */
  multiline: boolean;
  rows: number;
}

/** One data file of a group, without the header: plain data, which a worker thread can send. */
export interface CsvPart {
  data: string;
  multiline: boolean;
  rows: number;
  /** A node file's columns after its `:ID`, each with its type once a value told it (null: none did); null for relationships. */
  columns: [string, ColumnType | null][] | null;
}

/**
 * The group of `parts` (the data files of one set of labels, or of one relationship type): its
 * header is written now, each column typed by whichever part holds a value in it. Parts without
 * rows are left out (their files removed); so is a group without rows (null).
 */
export function groupFiles(base: string, parts: CsvPart[]): CsvFiles | null {
  const used = parts.filter((part) => {
    if (part.rows > 0) return true;
    fs.rmSync(part.data);
    return false;
  });
  if (used.length === 0) return null;
  const header = `${base}.header.csv`;
  fs.writeFileSync(header, headerOf(base, used).join(",") + "\n");
  return { header, data: used.map((part) => part.data), multiline: used.some((part) => part.multiline), rows: used.reduce((n, part) => n + part.rows, 0) };
}

function headerOf(base: string, parts: CsvPart[]): string[] {
  const keys = parts[0].columns?.map(([key]) => key).join(",");
  if (keys === undefined) return [":START_ID", ":END_ID"];
  const types = new Map<string, ColumnType | null>();
  for (const part of parts) {
    // Rows are records of one kind (rows.ts): every part's first row has the same keys, in the same order.
    if (part.columns?.map(([key]) => key).join(",") !== keys) throw new Error(`the parts of ${base} have different columns`);
    for (const [key, type] of part.columns) {
      const known = types.get(key) ?? null;
      if (known !== null && type !== null && known !== type) throw new TypeError(`column ${key} holds both ${known} and ${type} values`);
      types.set(key, known ?? type);
    }
  }
  // A column no value typed holds only nulls: its type is never read.
  return [":ID", ...[...types].map(([key, type]) => `${key}:${type ?? "string"}`)];
}

/**
 * Nodes of one set of labels. Every row has the same keys (rows.ts writes absent values as null);
 * the first row's keys are the columns, after the node's number (`:ID`, from `numbers`). `idKey`
 * names the property that relationships name the node by, in the ID space `group`.
 */
export class NodeCsv {
  private readonly sink: FileSink;
  private columns: string[] | undefined;
  private readonly types = new Map<string, ColumnType>();
  private readonly stringColumns: boolean[] = [];
  private multiline = false;
  private rows = 0;

  /** The CSV text of `constant`, the same at the end of every row. */
  private readonly tail: string;

  /** `constant`: properties every node of the file has, with the same value (an import's stamp). */
  constructor(private readonly base: string, private readonly idKey: string | null, private readonly group: string | null,
    private readonly numbers: NodeNumbers, private readonly constant: Record<string, unknown> = {}) {
    this.sink = new FileSink(`${base}.csv`);
    this.tail = Object.entries(constant).map(([key, value]) => {
      if (value === null || Array.isArray(value)) throw new TypeError(`constant ${key} must be a scalar`);
      return "," + scalarText(value, this.typed(key, scalarType(value)));
    }).join("");
  }

  /** Writes a node; returns the keys whose value is an empty list (not written: see the module's comment). */
  add(props: Record<string, unknown>): string[] {
    const columns = (this.columns ??= Object.keys(props));
    const empty: string[] = [];
    let line = String(this.numbers.node(this.group, this.idKey === null ? null : String(props[this.idKey])));
    for (let i = 0; i < columns.length; i++) {
      const key = columns[i];
      const value = props[key];
      line += ",";
      if (value === null || value === undefined) continue;
      if (Array.isArray(value)) {
        if (value.length === 0) {
          empty.push(key);
          continue;
        }
        line += this.list(key, value);
      } else {
        // Strings, most values, skip the type checks once their column is known to hold strings.
        const type = typeof value === "string" && this.stringColumns[i] ? "string" : this.typed(key, scalarType(value));
        if (type === "string") this.stringColumns[i] = true;
        const text = scalarText(value, type);
        if (type === "string" && !this.multiline && /[\r\n]/.test(text)) this.multiline = true;
        line += text;
      }
    }
    this.sink.write(line + this.tail + "\n");
    this.rows++;
    return empty;
  }

  private list(key: string, values: unknown[]): string {
    const type = scalarType(values[0]);
    this.typed(key, `${type}[]`);
    const parts = values.map((v) => {
      if (scalarType(v) !== type) throw new TypeError(`list ${key} mixes types`);
      const text = type === "string" ? (v as string) : scalarText(v, type);
      if (text.includes(ARRAY_DELIMITER) || text.includes('"') || /[\r\n]/.test(text)) {
        throw new TypeError(`a value of the list ${key} holds "${ARRAY_DELIMITER}", a quote or a line break: ${JSON.stringify(text)}`);
      }
      return text;
    });
    return `"${parts.join(ARRAY_DELIMITER)}"`;
  }

  private typed<T extends ColumnType>(key: string, type: T): T {
    const known = this.types.get(key);
    if (known === undefined) this.types.set(key, type);
    else if (known !== type) throw new TypeError(`column ${key} holds both ${known} and ${type} values`);
    return type;
  }

  /** Closes the data file; groupFiles writes the header, once every part's column types are known. */
  closePart(): CsvPart {
    this.sink.close();
    const keys = [...(this.columns ?? (this.idKey ? [this.idKey] : [])), ...Object.keys(this.constant)];
    return { data: this.sink.file, multiline: this.multiline, rows: this.rows, columns: keys.map((key) => [key, this.types.get(key) ?? null]) };
  }
}

/** Relationships of one type between two ID spaces, written as the numbers of their ends' nodes. */
export class RelationshipCsv {
  private readonly sink: FileSink;
  private rows = 0;

  constructor(private readonly base: string, private readonly startGroup: string, private readonly endGroup: string,
    private readonly numbers: NodeNumbers) {
    this.sink = new FileSink(`${base}.csv`);
  }

  add(startId: string, endId: string): void {
    this.sink.write(`${this.numbers.of(this.startGroup, startId)},${this.numbers.of(this.endGroup, endId)}\n`);
    this.rows++;
  }

  closePart(): CsvPart {
    this.sink.close();
    return { data: this.sink.file, multiline: false, rows: this.rows, columns: null };
  }
}
