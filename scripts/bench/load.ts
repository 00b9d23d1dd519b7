/**
 * Load for one request against one target with autocannon: a warm-up run (discarded), then a
 * measured run of fixed duration at a given number of concurrent connections. Latency percentiles
 * come from every response time (autocannon's own summary has no p95).
 */
import autocannon from "autocannon";

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
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function run(request: LoadRequest, connections: number, seconds: number, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        connections,
        duration: seconds,
        // Keep every request's latency honest: one request in flight per connection.
        pipelining: 1,
        timeout: 120,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

export async function measure(request: LoadRequest, connections: number, seconds: number, warmupSeconds: number): Promise<LoadResult> {
  if (warmupSeconds > 0) await run(request, connections, warmupSeconds);
  const latencies: number[] = [];
  const result = await run(request, connections, seconds, latencies);
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requests: result.requests.total,
    throughput: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
