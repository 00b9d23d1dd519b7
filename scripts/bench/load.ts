/**
 * Load for one request against one target with autocannon, at a given number of concurrent
 * connections: a probe (one request per connection), a warm-up run (discarded), then a measured run.
 * The measured run lasts a fixed time, unless the probe showed requests too slow for it to see
 * three per connection: then it sends exactly three per connection and waits for every answer, so
 * no unanswered request is left running in Neo4j to slow down the next measurement. Latency
 * percentiles come from every response time (autocannon's own summary has no p95).
 */
import autocannon from "autocannon";
import { processCpuMs } from "./cpuTime";

export interface LoadRequest {
  url: string;
  /** JSON body; undefined for a bodyless POST (the floor server). */
  body?: unknown;
}

export interface LoadResult {
  connections: number;
  requests: number;
  /** Requests per second over the measured run. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per request of the measured run, per process asked for by name (`measure`'s `processes`); null where unreadable. */
  cpuMsPerRequest?: Record<string, number | null>;
  /** Throughput of each round of the cell, in order, when it was measured in rounds (`medianRound`). */
  rounds?: number[];
  /** Latency of the cell's first request(s), before any warm-up (at c=1: the target's first answer to
   * this item in the run, e.g. an analytic before the service has cached it). Absent in older results. */
  first?: number;
}

/** The median of some samples (the lower middle one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * One cell from its rounds: the round of median throughput, whole (its latencies and CPU were
 * measured together), with the first round's first request, every round's errors and throughput.
 */
export function medianRound(rounds: readonly LoadResult[]): LoadResult {
  const middle = [...rounds].sort((a, b) => a.throughput - b.throughput)[Math.floor((rounds.length - 1) / 2)];
  return {
    ...middle,
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    first: rounds[0].first,
    rounds: rounds.map((round) => round.throughput),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A run of fixed duration (seconds) or of a fixed number of requests (amount). */
type Extent = { seconds: number } | { amount: number };

function run(request: LoadRequest, connections: number, extent: Extent, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        connections,
        ...("amount" in extent ? { amount: extent.amount } : { duration: extent.seconds }),
        // Keep every request's latency honest: one request in flight per connection.
        pipelining: 1,
        timeout: 120,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** Load that is not measured: `connections` clients for `seconds` (warming a target and Neo4j up). */
export async function settle(request: LoadRequest, connections: number, seconds: number): Promise<void> {
  await run(request, connections, { seconds });
}

export async function measure(
  request: LoadRequest, connections: number, seconds: number, warmupSeconds: number, processes: Record<string, number> = {},
): Promise<LoadResult> {
  const probe: number[] = [];
  await run(request, connections, { amount: connections }, probe);
  const slowest = Math.max(...probe) / 1000;
  if (warmupSeconds > 0 && slowest < warmupSeconds) await run(request, connections, { seconds: warmupSeconds });
  const latencies: number[] = [];
  const extent: Extent = slowest * 3 <= seconds ? { seconds } : { amount: 3 * connections };
  const cpuBefore = Object.entries(processes).map(([name, pid]) => [name, pid, processCpuMs(pid)] as const);
  const result = await run(request, connections, extent, latencies);
  const cpuMsPerRequest = Object.fromEntries(cpuBefore.map(([name, pid, before]) => {
    const after = processCpuMs(pid);
    return [name, before === null || after === null ? null : (after - before) / result.requests.total];
  }));
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requests: result.requests.total,
    // autocannon's duration is the run's wall time in seconds (longer than asked when it waits for answers).
    throughput: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx + result.timeouts,
    first: Math.max(...probe),
    ...(cpuBefore.length ? { cpuMsPerRequest } : {}),
  };
}
