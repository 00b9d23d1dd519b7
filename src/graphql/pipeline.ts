/**
 * One GraphQL operation, from its text to its answer, in order:
 *   1. the document, from the cache of parsed and validated documents by query text, or parsed
 *      (with the token limit) and validated (graphql-js's rules and the limits of limits/rules.ts);
 *   2. the operation it runs, and the request's checks (limits/guard.ts: operation, variables, cost);
 *   3. the projections of what it selects (read/projection.ts), then execution (executor.ts);
 *   4. its errors formatted for the client (formatError.ts) and its outcome noted (outcome.ts).
 *
 * Why not Apollo Server, which ran this before: its request pipeline (a hash of the query text, plugin
 * hooks awaited at every stage, content negotiation) cost ≈ 0.1 ms of Node CPU per request under
 * load, a fifth of a search's (BENCHMARKS.md, round 16). This module keeps Apollo's answers, which
 * clients rely on: the same error codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 * BAD_USER_INPUT, BAD_REQUEST, INTERNAL_SERVER_ERROR by default) and HTTP statuses (400 for a
 * document or variables that cannot run, 405 for a mutation over GET, 200 once it ran).
 */
import {
  GraphQLError, getOperationAST, parse, specifiedRules, validate, Kind,
  type DocumentNode, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError, type GraphQLSchema, type ParseOptions, type ValidationRule,
} from "graphql";
import type { RequestLimits } from "../requestLimits";
import type { Context } from "./context";
import { badRequest } from "./errors";
import { executeOperation } from "./executor";
import { guardOperation } from "./limits/guard";
import { limitRules, maxRecursiveSelectionsRule, MAX_RECURSIVE_SELECTIONS, parseOptions } from "./limits/rules";
import { noteOutcome } from "./outcome";
import type { OperationRequest } from "./protocol";
import type { QueryCaches } from "./queryCaches";

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface PipelineOptions {
  limits: RequestLimits;
  caches: QueryCaches;
  formatError: FormatError;
  /** Who executes operations: graphql-jit (the default), or graphql-js's interpreter, to compare the two. */
  execution?: "graphql-jit" | "graphql-js";
}

/** An operation's answer: its HTTP status and headers, and the result to write as JSON. */
export interface OperationAnswer {
  status: number;
  headers: Record<string, string>;
  result: FormattedExecutionResult;
}

/** `error` with its code, and the HTTP status it answers with when given (carried in `extensions.http`). */
function withCode(error: GraphQLError, code: string, status?: number): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes, source: error.source, positions: error.positions, path: error.path,
    originalError: error.originalError ?? error,
    extensions: { ...error.extensions, code, ...(status ? { http: { status } } : {}) },
  });
}

/** Thrown by a step that ends the request before execution: the errors to answer with. */
class Refused extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors[0]?.message);
  }
}

/** graphql-js's message when variables do not coerce (no resolver ran): a 400 BAD_USER_INPUT. */
function isVariableError(error: GraphQLError): boolean {
  const node = error.nodes?.length === 1 ? error.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return false;
  const prefix = `Variable "$${node.variable.name.value}" `;
  return ["has invalid value", "got invalid value ", "of required type ", "of non-null type "].some((rest) => error.message.startsWith(prefix + rest));
}

export class GraphQLPipeline {
  private readonly rules: readonly ValidationRule[];
  private readonly parseOptions: ParseOptions;

  constructor(
    readonly schema: GraphQLSchema,
    private readonly options: PipelineOptions,
  ) {
    this.rules = [...specifiedRules, ...limitRules(options.limits), maxRecursiveSelectionsRule(MAX_RECURSIVE_SELECTIONS)];
    this.parseOptions = parseOptions(options.limits);
  }

  /** Answers one operation with this request's context. Never rejects. */
  async run(request: OperationRequest, context: Context, method: "GET" | "POST" = "POST"): Promise<OperationAnswer> {
    let operationName: string | null = request.operationName ?? null;
    let answer: OperationAnswer;
    try {
      const document = this.document(request);
      const operation = getOperationAST(document, request.operationName) ?? undefined;
      operationName = operation?.name?.value ?? operationName;
      if (method === "GET" && operation && operation.operation !== "query") {
        throw new Refused([badRequest(`GET requests only support query operations, not ${operation.operation} operations`, { status: 405, headers: { allow: "POST" } })]);
      }
      guardOperation({ schema: this.schema, document, operation, operationName: request.operationName, variables: request.variables }, this.options.limits);
      context.read.projections.select(this.schema, document);
      const result = await executeOperation(this.options.execution === "graphql-js" ? null : this.options.caches.compiled, {
        schema: this.schema, document, query: request.query!, operationName: request.operationName, variables: request.variables ?? {}, context,
      });
      answer = this.answer(result, 400);
    } catch (error) {
      // Refused, or the guard's GraphQLError (with its code and status); anything else is a bug.
      const errors = error instanceof Refused ? error.errors
        : error instanceof GraphQLError ? [error]
        : [new GraphQLError("Internal server error", { originalError: error as Error })];
      answer = this.answer({ errors }, 500);
    }
    noteOutcome(context.outcome, operationName, answer.result);
    return answer;
  }

  /** The parsed and validated document of the request's query text. */
  private document(request: OperationRequest): DocumentNode {
    if (request.extensions?.persistedQuery) {
      // Off: with it on, any client could register any query under a hash.
      throw new Refused([new GraphQLError("PersistedQueryNotSupported", {
        extensions: { code: "PERSISTED_QUERY_NOT_SUPPORTED", http: { status: 200, headers: { "cache-control": "private, no-cache, must-revalidate" } } },
      })]);
    }
    const query = request.query;
    if (!query) throw new Refused([badRequest("GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.")]);
    const cached = this.options.caches.documents.get(query);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(query, this.parseOptions);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      throw new Refused([withCode(error, "GRAPHQL_PARSE_FAILED", 400)]);
    }
    const errors = validate(this.schema, document, this.rules);
    if (errors.length > 0) throw new Refused(errors.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED", 400)));
    this.options.caches.documents.set(query, document);
    return document;
  }

  /**
   * The answer for a result: its errors formatted, and the status the errors ask for
   * (`extensions.http`), else `statusWithoutData` when nothing ran (variables that did not coerce:
   * 400; a failure before execution: 500), else 200.
   */
  private answer(result: ExecutionResult, statusWithoutData: number): OperationAnswer {
    let status: number | undefined;
    const headers: Record<string, string> = {};
    const errors = result.errors?.map((raw) => {
      const error = isVariableError(raw) && raw.extensions?.code == null ? withCode(raw, "BAD_USER_INPUT") : raw;
      const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Record<string, string> }; code?: unknown };
      if (http?.status) status = http.status;
      if (http?.headers) Object.assign(headers, http.headers);
      return this.format({ ...error.toJSON(), extensions: { ...extensions, code: extensions.code ?? "INTERNAL_SERVER_ERROR" } }, error);
    });
    const ran = result.data !== undefined;
    // Errors first, then data: the order of Apollo Server's answers.
    const body: FormattedExecutionResult = errors ? { errors, ...(ran ? { data: result.data } : {}) } : { data: result.data };
    return { status: status ?? (errors?.length && !ran ? statusWithoutData : 200), headers, result: body };
  }

  private format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    try {
      return this.options.formatError(formatted, error);
    } catch {
      return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
  }
}
