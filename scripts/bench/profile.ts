/**
 * What one request of each mix item costs the database, for each target: the Cypher round trips
 * it makes and the db hits of those statements under PROFILE. The service and the Neo4j GraphQL
 * Library run in-process here with their statements recorded; each recorded statement is then run
 * again under PROFILE with the same parameters.
 */
import "reflect-metadata";
import { graphql, type GraphQLSchema } from "graphql";
import neo4j, { Neo4jError, type Driver, type ProfiledPlan } from "neo4j-driver";
import { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { appSchema } from "../../src/schema";
import { createPipeline } from "../../src/server";
import type { GraphQLPipeline } from "../../src/graphql/pipeline";
import { floorText, type GraphQLRequest, type MixItem } from "./mix";
import { neo4jGraphqlSchema } from "./targets";

export interface Cost {
  roundTrips: number;
  /** Null when a statement did not finish under PROFILE within PROFILE_TIMEOUT_MS. */
  dbHits: number | null;
}

/** A statement that takes longer under PROFILE is reported without db hits, not waited for. */
export const PROFILE_TIMEOUT_MS = 60_000;

interface Statement {
  text: string;
  params: Record<string, unknown>;
}

function sumDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

async function profile(driver: Driver, statements: Statement[]): Promise<Cost> {
  let dbHits = 0;
  for (const { text, params } of statements) {
    try {
      const result = await driver.executeQuery(`PROFILE ${text}`, params, {
        routing: neo4j.routing.READ, transactionConfig: { timeout: PROFILE_TIMEOUT_MS },
      });
      dbHits += result.summary.profile ? sumDbHits(result.summary.profile) : 0;
    } catch (error) {
      if (!isTimeout(error)) throw error;
      return { roundTrips: statements.length, dbHits: null };
    }
  }
  return { roundTrips: statements.length, dbHits };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut/.test(error.code);
}

/** The work's result, or "timeout" after PROFILE_TIMEOUT_MS (the work itself is left to finish). */
function withinTimeout<T>(work: Promise<T>): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), PROFILE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function assertNoErrors(what: string, result: { errors?: readonly { message: string }[] | null }): void {
  if (result.errors?.length) throw new Error(`${what}: ${result.errors.map((e) => e.message).join("; ")}`);
}

/** Records the statements a driver runs, through sessions, transactions or executeQuery. */
function recordingDriver(driver: Driver, recorded: Statement[]): Driver {
  const record = (text: unknown, params: unknown) => {
    const statement = typeof text === "string" ? text : (text as { text: string }).text;
    recorded.push({ text: statement, params: (params ?? (text as { parameters?: object }).parameters ?? {}) as Record<string, unknown> });
  };
  const wrapTx = (tx: any) => new Proxy(tx, {
    get(target, key) {
      if (key === "run") return (text: unknown, params: unknown) => (record(text, params), target.run(text, params));
      const value = target[key];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const wrapSession = (session: any) => new Proxy(session, {
    get(target, key) {
      if (key === "run") return (text: unknown, params: unknown, config: unknown) => (record(text, params), target.run(text, params, config));
      if (key === "executeRead" || key === "executeWrite" || key === "readTransaction" || key === "writeTransaction") {
        return (work: (tx: unknown) => unknown, config: unknown) => target[key]((tx: unknown) => work(wrapTx(tx)), config);
      }
      if (key === "beginTransaction") return (config: unknown) => wrapTx(target.beginTransaction(config));
      const value = target[key];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return new Proxy(driver, {
    get(target, key) {
      if (key === "session") return (config: unknown) => wrapSession((target as any).session(config));
      if (key === "executeQuery") return (text: unknown, params: unknown, config: unknown) => (record(text, params), (target as any).executeQuery(text, params, config));
      const value = (target as any)[key];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export class Profiler {
  private constructor(
    private readonly driver: Driver,
    private readonly db: Database,
    private readonly service: GraphQLPipeline,
    private readonly neo4jGraphql: GraphQLSchema,
    private readonly neo4jGraphqlRecorded: Statement[],
  ) {}

  static async create(driver: Driver): Promise<Profiler> {
    const db = new Database(driver);
    const service = createPipeline(await appSchema(), { production: true, log: () => {} });
    const recorded: Statement[] = [];
    return new Profiler(driver, db, service, await neo4jGraphqlSchema(recordingDriver(driver, recorded)), recorded);
  }

  async floorCost(item: MixItem): Promise<Cost> {
    return profile(this.driver, item.floor.map((s) => ({ text: floorText(s.name), params: s.params })));
  }

  async serviceCost(item: MixItem): Promise<Cost> {
    const statements: Statement[] = [];
    const off = this.db.onQuery((e) => statements.push({ text: e.text, params: e.params }));
    try {
      const response = await withinTimeout(this.service.run(item.service, createContext(this.db)));
      if (response === "timeout") return { roundTrips: statements.length, dbHits: null };
      assertNoErrors(`service ${item.name}`, response.result);
    } finally {
      off();
    }
    return profile(this.driver, statements);
  }

  async neo4jGraphqlCost(request: GraphQLRequest, name: string): Promise<Cost> {
    this.neo4jGraphqlRecorded.length = 0;
    const result = await withinTimeout(graphql({ schema: this.neo4jGraphql, source: request.query, variableValues: request.variables, contextValue: {} }));
    if (result === "timeout") return { roundTrips: this.neo4jGraphqlRecorded.length, dbHits: null };
    assertNoErrors(`@neo4j/graphql ${name}`, result);
    // The library also asks the server for its version and APOC once; only the item's own statements count.
    const statements = this.neo4jGraphqlRecorded.filter((s) => !/dbms\.components|apoc\.version/i.test(s.text));
    return profile(this.driver, statements);
  }
}
