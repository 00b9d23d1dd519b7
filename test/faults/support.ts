/**
 * Helpers of the fault-injection tests: an extra Neo4j of their own (temporary folder, free port)
 * that can be killed hard and started again on the same data, and a few measuring tools.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { DRIVER_SETTINGS } from "../../src/db/connect";
import { Database } from "../../src/db/database";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/db/localNeo4j";
import { freePort } from "../../src/ports";

/** A local Neo4j that a test kills (SIGKILL) and restarts on the same folder and port. */
export class KillableNeo4j {
  private current: LocalNeo4j | undefined;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly log: (line: string) => void,
  ) {}

  /** Starts a fresh Neo4j in a new temporary folder on a free port. */
  static async start(prefix: string, log: (line: string) => void = () => {}): Promise<KillableNeo4j> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const instance = new KillableNeo4j(dir, await freePort(), log);
    try {
      await instance.restart();
    } catch (error) {
      await instance.dispose();
      throw error;
    }
    return instance;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** The running Java process id (undefined while killed). */
  get pid(): number | undefined {
    return this.current?.pid;
  }

  /** A driver-backed Database on this Neo4j, with the service's bounded driver settings. */
  database(): Database {
    return new Database(neo4j.driver(this.uri, neo4j.auth.basic("neo4j", ""), DRIVER_SETTINGS));
  }

  /** SIGKILL to the Java process; resolves once it is gone. */
  async kill(): Promise<void> {
    const local = this.current;
    if (!local) throw new Error("Neo4j is not running");
    this.current = undefined;
    process.kill(local.pid, "SIGKILL");
    const { signal } = await local.exited;
    if (signal !== "SIGKILL") throw new Error(`Neo4j exited with ${signal} instead of dying of SIGKILL`);
  }

  /** Starts Neo4j again on the same folder and port; resolves with the milliseconds it took. */
  async restart(): Promise<number> {
    if (this.current) throw new Error("Neo4j is already running");
    const started = Date.now();
    this.current = await startLocalNeo4j({ dir: this.dir, boltPort: this.port, log: this.log });
    return Date.now() - started;
  }

  /** Starts Neo4j again if a test killed it and did not restart it (e.g. it failed half-way). */
  async ensureRunning(): Promise<void> {
    if (!this.current) await this.restart();
  }

  /** Stops Neo4j if it runs (cleanly) and deletes its folder. */
  async dispose(): Promise<void> {
    const local = this.current;
    this.current = undefined;
    try {
      await local?.stop();
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` every `everyMs` until it holds; throws after `timeoutMs`. Resolves with the time it took. */
export async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await condition()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
