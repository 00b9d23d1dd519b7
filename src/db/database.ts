/**
 * The single executor through which every Cypher statement reaches Neo4j.
 * Reads go through read routing (a `neo4j://` cluster sends them to secondaries) as auto-commit
 * queries, run again as managed transactions on a transient error; writes through managed write
 * transactions that the driver retries on transient errors; the driver's bookmark manager gives
 * read-your-writes across calls. Every statement is a named file from `cypher/`,
 * run with parameters, and announced to `onQuery` listeners (used to count round trips).
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { cypher } from "./cypher";
import { toPlain, type Plain } from "./mapping";

export type Row = { [key: string]: Plain };
export type Params = Record<string, unknown>;

export interface QueryEvent {
  name: string;
  mode: "READ" | "WRITE";
  /** The statement's text (a named file, or a read composed from named fragments). */
  text: string;
  /** The statement's parameters (the benchmark re-runs statements under PROFILE with them). */
  params: Params;
}

/** Runs named statements inside one managed transaction. */
export interface Transaction {
  run(name: string, params?: Params): Promise<Row[]>;
}

function plainRows(records: readonly { toObject(): object }[]): Row[] {
  return records.map((r) => toPlain(r.toObject()) as Row);
}

export class Database {
  private readonly listeners = new Set<(event: QueryEvent) => void>();

  constructor(
    readonly driver: Driver,
    /** Undefined = the server's default database. */
    readonly database?: string,
  ) {}

  /** Calls `listener` once per statement sent; returns the function that unsubscribes it. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private announce(name: string, text: string, mode: QueryEvent["mode"], params: Params): void {
    for (const listener of this.listeners) listener({ name, mode, params, text });
  }

  /**
   * One named read query, routed to a reader; rows as plain objects. Sent as an auto-commit query:
   * a managed transaction (`executeQuery`, `executeRead`) adds a COMMIT round trip, about 1 ms per
   * query on the benchmark machine (BENCHMARKS.md, round 3). It shares `executeQuery`'s bookmark
   * manager (read-your-writes across calls on a cluster), and a read that fails with a retryable
   * error (a cluster member going away) runs once more as a managed transaction, which the driver
   * retries.
   */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readText(name, cypher(name), params);
  }

  /**
   * A read whose text was composed from named fragment files (graphql/nested.ts), sent like `read`
   * and announced under `name`.
   */
  async readComposed(statement: { name: string; text: string }, params: Params = {}): Promise<Row[]> {
    return this.readText(statement.name, statement.text, params);
  }

  private async readText(name: string, text: string, params: Params): Promise<Row[]> {
    this.announce(name, text, "READ", params);
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return plainRows((await session.run(text, params)).records);
    } catch (error) {
      if (!neo4j.isRetryableError(error)) throw error;
    } finally {
      await session.close();
    }
    const result = await this.driver.executeQuery(text, params, { database: this.database, routing: neo4j.routing.READ });
    return plainRows(result.records);
  }

  /** One named write statement in its own transaction. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /**
   * Several statements in one transaction: all or nothing. The driver may run `work` again after
   * a transient error, so `work` must not have side effects outside the transaction.
   */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(this.wrap(tx, "WRITE")));
    } finally {
      await session.close();
    }
  }

  /**
   * One named statement in an auto-commit transaction, the only kind in which Neo4j runs
   * `CALL { … } IN TRANSACTIONS` (which commits as it goes). Not retried: the driver cannot know what
   * was committed, so the statement must be one that can simply be run again.
   */
  async autoCommit(name: string, params: Params = {}): Promise<Row[]> {
    const text = cypher(name);
    this.announce(name, text, "WRITE", params);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return plainRows((await session.run(text, params)).records);
    } finally {
      await session.close();
    }
  }

  /** Several reads that must see one consistent snapshot. */
  async readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => work(this.wrap(tx, "READ")));
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction, mode: QueryEvent["mode"]): Transaction {
    return {
      run: async (name, params = {}) => {
        const text = cypher(name);
        this.announce(name, text, mode, params);
        return plainRows((await tx.run(text, params)).records);
      },
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
