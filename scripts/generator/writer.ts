/**
 * Writes a dataset document to a stream one record at a time. A large dataset is far longer than
 * the longest string V8 can hold, so the document never exists as one string: each record is
 * serialised on its own, records are gathered into chunks of about 64 KiB, and the writer waits for
 * 'drain' whenever the stream's buffer is full, so memory stays flat however many records pass.
 *
 * Layout: one record per line, so that a generated file can be inspected with line tools.
 *   {"format":"partner-network/v1",
 *   "actors":[
 *   {…},
 *   {…}
 *   ],
 *   …}
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";

const CHUNK = 64 * 1024;

export class JsonDatasetWriter {
  private buffer = "";
  private written = 0;
  private inArray = false;

  private failure: Error | undefined;

  constructor(private readonly out: Writable) {
    // Without a listener a failed write (disk full…) would be an uncaught exception; keep it and
    // report it from the next write instead.
    out.on("error", (error) => {
      this.failure ??= error;
    });
  }

  /** Bytes handed to the stream so far. */
  get bytes(): number {
    return this.written;
  }

  async begin(format: string): Promise<void> {
    await this.push(`{"format":${JSON.stringify(format)}`);
  }

  /** Writes `"key":[ … ]` from the records, in order; returns how many there were. */
  async array(key: string, records: Iterable<unknown>, onRecord?: (count: number) => void): Promise<number> {
    if (this.inArray) throw new Error("JsonDatasetWriter: arrays cannot nest");
    this.inArray = true;
    await this.push(`,\n${JSON.stringify(key)}:[`);
    let count = 0;
    for (const record of records) {
      // Inline rather than through push(): one await per chunk, not one per record.
      this.buffer += (count === 0 ? "\n" : ",\n") + JSON.stringify(record);
      if (this.buffer.length >= CHUNK) await this.flush();
      count++;
      onRecord?.(count);
    }
    await this.push(count > 0 ? "\n]" : "]");
    this.inArray = false;
    return count;
  }

  /** Closes the document and the stream, and waits until everything is flushed. */
  async end(): Promise<void> {
    this.buffer += "}\n";
    await this.flush();
    this.out.end();
    await finished(this.out);
  }

  private async push(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer === "") return;
    const chunk = this.buffer;
    this.buffer = "";
    this.written += Buffer.byteLength(chunk);
    // Backpressure: the stream asks us to wait until its buffer has room again.
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }
}
