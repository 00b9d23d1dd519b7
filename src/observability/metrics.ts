/**
 * `/metrics` in Prometheus's text format (prom-client): requests by operation and outcome, their
 * latency, the Neo4j sessions in use, the compiled-query cache, and Node's own process metrics.
 *
 * Operation names come from clients: each distinct name would be a new time series, so only the
 * first MAX_OPERATION_NAMES names get their own label; later ones count as "other".
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

const MAX_OPERATION_NAMES = 100;

export type Outcome = "ok" | "partial" | "client_error" | "client_closed" | "timeout" | "unavailable" | "server_error";

export interface MetricsSources {
  /** Neo4j sessions open right now, and the driver's pool size. */
  neo4jSessions(): { open: number; max: number };
  /** Entries and estimated bytes of the parsed-document and compiled-operation caches. */
  queryCaches(): Record<"documents" | "compiled", { entries: number; bytes: number }>;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly requests: Counter<"operation" | "outcome">;
  private readonly latency: Histogram<"operation">;

  constructor(sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: "graphql_requests_total",
      help: "GraphQL requests answered, by operation name and outcome.",
      labelNames: ["operation", "outcome"],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "Time from a GraphQL request's arrival to its answer, by operation name.",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({ name, help, registers: [this.registry], collect() { this.set(read()); } });
    gauge("neo4j_sessions_open", "Neo4j sessions open now (each holds a pooled connection while it runs).", () => sources.neo4jSessions().open);
    gauge("neo4j_connection_pool_max", "Largest number of connections the Neo4j driver keeps per server.", () => sources.neo4jSessions().max);
    const cacheGauge = (name: string, help: string, read: (size: { entries: number; bytes: number }) => number) =>
      new Gauge({
        name, help, labelNames: ["cache"], registers: [this.registry],
        collect() {
          for (const [cache, size] of Object.entries(sources.queryCaches())) this.set({ cache }, read(size));
        },
      });
    cacheGauge("graphql_query_cache_entries", "Queries kept prepared: parsed and validated documents, and operations compiled by graphql-jit.", (size) => size.entries);
    cacheGauge("graphql_query_cache_bytes", "Estimated memory of the queries kept prepared (both caches together within GRAPHQL_QUERY_CACHE_MB).", (size) => size.bytes);
  }

  /** The label for a client's operation name: its own for the first names seen, then "other". */
  private label(operation: string | null | undefined): string {
    if (!operation) return "anonymous";
    if (this.names.has(operation)) return operation;
    if (this.names.size >= MAX_OPERATION_NAMES) return "other";
    this.names.add(operation);
    return operation;
  }

  observe(operation: string | null | undefined, outcome: Outcome, seconds: number): void {
    const label = this.label(operation);
    this.requests.inc({ operation: label, outcome });
    this.latency.observe({ operation: label }, seconds);
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
