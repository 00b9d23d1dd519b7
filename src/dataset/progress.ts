/**
 * Progress lines for long imports: at most about one a second (a large import has millions of rows
 * and thousands of batches), the last line of each step always, with the rate so far.
 */

export interface MeterOptions {
  /** Least time between two lines, except a step's last. Default one second. */
  intervalMs?: number;
  now?: () => number;
}

export class ProgressMeter {
  private readonly intervalMs: number;
  private readonly now: () => number;
  private last = -Infinity;

  constructor(private readonly log: (line: string) => void, options: MeterOptions = {}) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** Logs the line if the last one was long enough ago, or if `final`; the text is built only then. */
  line(text: () => string, final = false): void {
    const now = this.now();
    if (!final && now - this.last < this.intervalMs) return;
    this.last = now;
    this.log(text());
  }

  /** A step of `total` records: report `done` after each batch; `label: done/total (N records/s)`. */
  step(label: string, total: number): (done: number) => void {
    const started = this.now();
    return (done) => this.line(() => `${label}: ${done}/${total} (${rate(done, this.now() - started)})`, done >= total);
  }

  /** Time since `started`, for the rate of a phase that reports its own lines. */
  rate(count: number, started: number): string {
    return rate(count, this.now() - started);
  }
}

export function rate(count: number, ms: number): string {
  return `${Math.round((count * 1000) / Math.max(ms, 1))} records/s`;
}
