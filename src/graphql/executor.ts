/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter.
 *
 * Why: a large page executes ≈ 15 000 fields; graphql-js looks each field up, builds its resolve
 * info and arguments and walks its type every time, while graphql-jit compiles an operation once
 * into plain JavaScript for its selection (see BENCHMARKS.md, round 5). Same schema, same resolvers,
 * same context.
 *
 * The pipeline (pipeline.ts) parses, validates and checks the operation, then runs it here. Three
 * rules keep answers and errors those of graphql-js:
 * - an operation graphql-jit cannot compile, and any request whose variables do not coerce (which
 *   graphql-jit answers before running any resolver), is run by graphql-js itself (variable errors
 *   then carry the nodes the pipeline needs to answer 400 BAD_USER_INPUT);
 * - every error graphql-jit reports is re-made as a graphql-js GraphQLError with the same message,
 *   locations, path, original error and extensions, so `formatError` masks it exactly as before;
 * - compiled operations are kept in a cache bounded by their estimated memory (queryCaches.ts):
 *   each distinct query text costs compiled code, and a client that writes cursors into its query
 *   text sends a new one per page.
 * And two that keep one request from harming the process:
 * - nothing thrown while compiling or starting an operation escapes: it becomes one error answer;
 * - execution is raced against the request's stop signal (src/requestScope.ts): at the deadline the
 *   answer is a REQUEST_TIMEOUT error, the request's database sessions are closed, and whatever
 *   was still running is dropped.
 */
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { RequestTimeout, untilAborted } from "../requestScope";
import type { Context } from "./context";
import type { CompiledCache } from "./queryCaches";

/** graphql-jit's errors as graphql-js's, which the pipeline's error handling expects (they have `extensions`). */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const remade = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-js computes locations from AST nodes; graphql-jit reports them already computed.
  (remade as { locations: GraphQLError["locations"] }).locations = error.locations;
  return remade;
}

/** One error answer for a request that cannot be answered; `data: null`, as for an error at the root. */
function failure(error: GraphQLError): ExecutionResult {
  return { data: null, errors: [error] };
}

/** The answer when the request's stop signal fires first: a timeout, or nothing anyone will read. */
function stopped(reason: unknown): ExecutionResult {
  if (reason instanceof RequestTimeout) {
    return failure(new GraphQLError(reason.message, { extensions: { code: "REQUEST_TIMEOUT", http: { status: 504 } } }));
  }
  return failure(new GraphQLError("The request was stopped", { extensions: { code: "REQUEST_STOPPED" } }));
}

/** What an operation is run with. */
export interface Execution {
  schema: GraphQLSchema;
  document: DocumentNode;
  /** The document's query text: with the operation's name, it keys the compiled cache. */
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  context: Context;
}

/**
 * Runs the operation compiled by graphql-jit (graphql-js where it cannot, or without a `cache`),
 * within the request's scope. Never rejects: every failure is an answer with errors.
 */
export async function executeOperation(cache: CompiledCache | null, { schema, document, query, operationName, variables, context }: Execution): Promise<ExecutionResult> {
  const interpret = async () => execute({ schema, document, operationName, variableValues: variables, contextValue: context });
  const run = async (): Promise<ExecutionResult> => {
    const compiled = cache?.get(query, document, operationName);
    if (!compiled) return interpret();
    const result: ExecutionResult = await compiled.query(undefined, context, variables);
    // No `data` at all: the variables did not coerce, and no resolver ran. graphql-js reports that
    // with the nodes the pipeline needs to answer 400 BAD_USER_INPUT.
    if (!("data" in result)) return interpret();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  // A throw outside any resolver (compiling, coercing) is the operation's failure, not the process's:
  // the original error reaches formatError, which logs it and answers "Internal server error".
  const work = run().catch((error: unknown) => failure(new GraphQLError("Internal server error", { originalError: error as Error })));
  // `work` never rejects: a rejection here is the request's stop signal firing first.
  return untilAborted(work, context.scope.signal).catch(stopped);
}
