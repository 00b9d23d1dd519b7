/**
 * The checks of a request that need its operation and variables, made once the pipeline has
 * resolved the operation and before anything executes (graphql-jit compiles in the executor, after this):
 * - a client's mistakes are 400s that say what was wrong, never 500s: an `operationName` that names
 *   no operation, an operation type the schema does not serve (`subscription`), variables nested
 *   deeper than any input of the schema (300 000 nested brackets overflowed graphql-js's
 *   recursive coercion);
 * - the estimated cost of the operation with these variables (cost.ts) against GRAPHQL_MAX_COST.
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { estimateCost } from "./cost";
import { badRequest } from "../errors";
import { LIMIT_VARIABLES, MAX_VARIABLE_DEPTH, type RequestLimits } from "../../requestLimits";
import { MAX_PAGE_SIZE } from "../pagination";

/** Lists and objects nested in `value`, counted without recursion (the value may be hostile). */
export function nestingDepth(value: unknown, stopAt: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== "object" || item === null) continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(item)) stack.push([child, level]);
  }
  return deepest;
}

/** What the checks look at: the validated document, the operation picked from it (if any), and the request's variables. */
export interface ResolvedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode | undefined;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** The operation the request runs, refused with a 400 when there is none to run. */
function checkOperation({ operation, operationName, schema }: ResolvedOperation): OperationDefinitionNode {
  if (!operation) {
    throw badRequest(operationName
      ? `operationName: the document has no operation named "${operationName}"`
      : "operationName: the document holds several operations; say which one to run");
  }
  if (!schema.getRootType(operation.operation)) {
    throw badRequest(`This service does not accept ${operation.operation} operations`);
  }
  return operation;
}

function checkVariables(variables: Record<string, unknown> | undefined): void {
  if (variables && nestingDepth(variables, MAX_VARIABLE_DEPTH) > MAX_VARIABLE_DEPTH) {
    throw badRequest(`variables: nested more than ${MAX_VARIABLE_DEPTH} levels deep; no input of this API is`, { code: "BAD_USER_INPUT" });
  }
}

function checkCost({ schema, document, variables }: ResolvedOperation, operation: OperationDefinitionNode, limits: RequestLimits): void {
  const cost = estimateCost(schema, operation, fragmentsOf(document), variables ?? {}, {
    defaultListSize: 10,
    maxPageSize: MAX_PAGE_SIZE,
  });
  if (cost > limits.maxCost) {
    const found = Math.round(cost).toLocaleString("en-US");
    throw badRequest(
      `Query cost limit of ${limits.maxCost.toLocaleString("en-US")} exceeded, found ${found} (${LIMIT_VARIABLES.maxCost}): ` +
        "each list counts once per item it may hold (`first`), through every level; ask for fewer items or fewer levels",
      { code: "GRAPHQL_VALIDATION_FAILED", details: { limit: LIMIT_VARIABLES.maxCost, cost: Math.round(cost) } },
    );
  }
}

/** Throws a GraphQLError (with its code and HTTP status) when the request may not run. */
export function guardOperation(resolved: ResolvedOperation, limits: RequestLimits): void {
  const operation = checkOperation(resolved);
  checkVariables(resolved.variables);
  checkCost(resolved, operation, limits);
}
