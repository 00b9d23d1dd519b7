/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter.
 *
 * Why: a large page executes ≈ 15 000 fields; graphql-js looks each field up, builds its resolve
 * info and arguments and walks its type every time, while graphql-jit compiles an operation once
 * into plain JavaScript for its selection (see BENCHMARKS.md, round 5). Same schema, same resolvers,
 * same context.
 *
 * How: Apollo Server 5 takes another executor only through its gateway interface, so this module
 * is a "gateway" that serves our own schema. Apollo still parses, validates, runs the plugins and
 * formats errors; only execution changes. Three rules keep answers and errors those of graphql-js:
 * - an operation graphql-jit cannot compile, and any request whose variables do not coerce (which
 *   graphql-jit answers before running any resolver), is run by graphql-js itself (variable errors
 *   then carry the nodes Apollo needs to answer 400 BAD_USER_INPUT);
 * - every error graphql-jit reports is re-made as a graphql-js GraphQLError with the same message,
 *   locations, path, original error and extensions, so `formatError` masks it exactly as before;
 * - compiled operations are kept per parsed document, which Apollo itself caches per query text
 *   (a WeakMap: they go when Apollo's document cache drops the document).
 */
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  execute,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

type Compiled = CompiledQuery | null;

/** The compiled form of each operation of a document; null when graphql-jit cannot compile it. */
class CompiledOperations {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  constructor(private readonly schema: GraphQLSchema) {}

  get(document: DocumentNode, operationName: string | undefined): Compiled {
    let operations = this.byDocument.get(document);
    if (!operations) this.byDocument.set(document, (operations = new Map()));
    const key = operationName ?? "";
    let compiled = operations.get(key);
    if (compiled === undefined) {
      const result = compileQuery(this.schema, document, operationName);
      compiled = isCompiledQuery(result) ? result : null;
      operations.set(key, compiled);
    }
    return compiled;
  }
}

/** graphql-jit's errors as graphql-js's, which Apollo's error handling expects (they have `extensions`). */
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

/** An Apollo executor running each operation compiled by graphql-jit (graphql-js where it cannot). */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const operations = new CompiledOperations(schema);
  return async ({ document, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const interpret = () => execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    const compiled = operations.get(document, operationName ?? undefined);
    if (!compiled) return interpret();
    const result: ExecutionResult = await compiled.query(undefined, context, variables);
    // No `data` at all: the variables did not coerce, and no resolver ran. graphql-js reports that
    // with the nodes Apollo needs to answer 400 BAD_USER_INPUT.
    if (!("data" in result)) return interpret();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/** The gateway interface through which Apollo Server takes `compiledExecutor` for `schema`. */
export function compiledGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { schema, executor: compiledExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      // Apollo only needs the SDL string for Apollo Federation reporting, which this server does not use.
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
  };
}
