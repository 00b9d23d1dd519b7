/**
 * The single executor through which every Cypher statement reaches Neo4j.
 * Reads go through read routing (a `neo4j://` cluster sends them to secondaries) as auto-commit
 * queries, run again as managed transactions on a transient error; writes through managed write
 * transactions that the driver retries on transient errors; the driver's bookmark manager gives
 * read-your-writes across calls. Every statement is a named file from `cypher/`,
 * run with parameters, and announced to `onQuery` listeners (used to count round trips).
 *
 * A request's view of the database (`forRequest`) bounds every transaction it opens by the time the
 * request has left (the driver's transaction timeout: Neo4j itself ends the transaction at the
 * deadline), tags it with the request id (`SHOW TRANSACTIONS` shows it as metadata), and closes
 * its sessions when the request is stopped, which makes Neo4j end their running queries.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Result, type Session, type SessionConfig } from "neo4j-driver";
import { UNBOUNDED_SCOPE, untilAborted, type RequestScope } from "../requestScope";
import { cypher } from "./cypher";
import { toPlain, type Plain } from "./mapping";

export type Row = { [key: string]: Plain };

/** Neo4j's error codes for a server that cannot be reached, or a connection that went away. */
const CONNECTION_LOST = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Whether `error` says the database could not be reached (as opposed to a refused statement). */
export function isConnectionLost(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && CONNECTION_LOST.has(error.code);
}
export type Params = Record<string, unknown>;
/** The driver's per-transaction settings (timeout, metadata). */
type TransactionConfig = Parameters<Session["run"]>[2];

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

/**
 * Sends a statement (`start` calls the driver's `run`) and returns its rows. An error of the
 * statement carries the statement's name (`statement`, which the log line of the error shows).
 *
 * Why the name and not a stack: neo4j-driver captures and formats a stack trace for every result
 * it creates, to give a failed statement's error its caller. Without it, the one-statement search
 * took 0.72 ms of Node CPU per request under 16 clients instead of 0.99, side by side with the
 * commit before (BENCHMARKS.md, round 11).
 * It records no frames here (the stack trace limit is 0 while `run` starts the statement); the name
 * of the statement's file says which statement failed, and its reader is found from there.
 */
async function rowsOf(name: string, start: () => Result): Promise<Row[]> {
  try {
    const { records } = await withoutStackTrace(start);
    const rows = plainRows(records);
    // The driver's array of records is emptied once they are rows, so that it cannot keep them
    // alive after the request (see releaseAfterAnswer in src/http/handler.ts for why it could).
    records.length = 0;
    return rows;
  } catch (error) {
    if (error instanceof Error) Object.assign(error, { statement: name });
    throw error;
  }
}

function withoutStackTrace<T>(work: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Database {
  private readonly listeners: Set<(event: QueryEvent) => void>;
  private openSessions = 0;
  /** The database every request's view shares (its own object for the process-wide one). */
  readonly root: Database;

  constructor(
    readonly driver: Driver,
    /** Undefined = the server's default database. */
    readonly database?: string,
    private readonly scope: RequestScope = UNBOUNDED_SCOPE,
    root?: Database,
  ) {
    this.root = root ?? this;
    this.listeners = root ? root.listeners : new Set();
  }

  /** Sessions open now, over every request's view (for /metrics). */
  get sessionsOpen(): number {
    return this.root.openSessions;
  }

  /** The same database seen from one request: bounded by its deadline, stopped with it. */
  forRequest(scope: RequestScope): Database {
    return new Database(this.driver, this.database, scope, this.root);
  }

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
   * A read whose text was composed from named fragment files (graphql/read/compose.ts), sent like `read`
   * and announced under `name`.
   */
  async readComposed(statement: { name: string; text: string }, params: Params = {}): Promise<Row[]> {
    return this.readText(statement.name, statement.text, params);
  }

  private async readText(name: string, text: string, params: Params): Promise<Row[]> {
    this.announce(name, text, "READ", params);
    const read = { defaultAccessMode: neo4j.session.READ, bookmarkManager: this.driver.executeQueryBookmarkManager };
    try {
      return await this.withSession(read, (session) => rowsOf(name, () => session.run(text, params, this.transactionConfig())));
    } catch (error) {
      if (!neo4j.isRetryableError(error)) throw error;
    }
    return this.withSession(read, async (session) =>
      session.executeRead((tx) => rowsOf(name, () => tx.run(text, params)), this.transactionConfig()));
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
    return this.withSession({ defaultAccessMode: neo4j.session.WRITE }, (session) =>
      session.executeWrite((tx) => work(this.wrap(tx, "WRITE")), this.transactionConfig()));
  }

  /**
   * Several statements in one transaction, committed once and never run again: for work too long
   * to repeat on a transient error. An import's commit may fail with Neo4j's transaction-memory
   * error, which Neo4j calls transient: `writeTransaction` would run the whole import again, to
   * fail the same way.
   */
  async writeTransactionOnce<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.withSession({ defaultAccessMode: neo4j.session.WRITE }, async (session) => {
      const tx = session.beginTransaction(this.transactionConfig());
      try {
        const result = await work(this.wrap(tx, "WRITE"));
        await tx.commit();
        return result;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => {}); // work failed: nothing of it stays
      }
    });
  }

  /**
   * One named statement in an auto-commit transaction, the only kind in which Neo4j runs
   * `CALL { … } IN TRANSACTIONS` (which commits as it goes). Not retried: the driver cannot know what
   * was committed, so the statement must be one that can simply be run again.
   */
  async autoCommit(name: string, params: Params = {}): Promise<Row[]> {
    const text = cypher(name);
    this.announce(name, text, "WRITE", params);
    return this.withSession({ defaultAccessMode: neo4j.session.WRITE }, (session) =>
      rowsOf(name, () => session.run(text, params, this.transactionConfig())));
  }

  /** Several reads that must see one consistent snapshot. */
  async readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.withSession({ defaultAccessMode: neo4j.session.READ }, (session) =>
      session.executeRead((tx) => work(this.wrap(tx, "READ")), this.transactionConfig()));
  }

  /**
   * Runs `work` in a session that is always closed, and closed early when the request stops:
   * closing a session with a query in flight resets its connection, and Neo4j ends the transaction.
   * The request's stop does not wait for `work` to settle: a managed transaction waiting to retry
   * (Neo4j unreachable) never settles once its session is closed (neo4j-driver 6).
   */
  private async withSession<T>(config: Omit<SessionConfig, "database">, work: (session: Session) => Promise<T>): Promise<T> {
    this.scope.signal.throwIfAborted();
    const session = this.driver.session({ ...config, database: this.database });
    const working = work(session);
    working.catch(() => {}); // its failure after a stop is nobody's to handle
    this.root.openSessions++;
    try {
      return await untilAborted(working, this.scope.signal);
    } finally {
      this.root.openSessions--;
      await session.close();
    }
  }

  /** The request's remaining time as Neo4j's transaction timeout, and its id as transaction metadata. */
  private transactionConfig(): TransactionConfig | undefined {
    const remaining = this.scope.remainingMs();
    if (remaining === Infinity) return undefined;
    return { timeout: Math.max(1, Math.ceil(remaining)), metadata: { requestId: this.scope.id } };
  }

  private wrap(tx: Pick<ManagedTransaction, "run">, mode: QueryEvent["mode"]): Transaction {
    return {
      run: async (name, params = {}) => {
        const text = cypher(name);
        this.announce(name, text, mode, params);
        return rowsOf(name, () => tx.run(text, params));
      },
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
