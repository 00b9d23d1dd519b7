/**
 * The limits that depend on the document alone, as graphql-js validation rules (graphql-armor's),
 * so Apollo checks them once per query text, with the rest of validation, before anything is
 * compiled or run; and the parser's token limit, which stops parsing itself.
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import { LIMIT_VARIABLES, type RequestLimits } from "../../requestLimits";

/**
 * graphql-armor reports "Syntax Error: Query depth limit of 15 exceeded, found 140." and throws,
 * which would end validation with an exception; reported instead as a validation error that
 * names the variable behind the limit.
 */
function reportAs(limit: keyof RequestLimits) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, "").replace(/\.$/, "");
    context?.reportError(new GraphQLError(`${message} (${LIMIT_VARIABLES[limit]})`, { extensions: { limit: LIMIT_VARIABLES[limit] } }));
  };
}

export function limitRules(limits: RequestLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    // Depth counts fields, not fragments (a fragment adds no level to the answer), and counts
    // introspection too: `__schema { types { ofType { ofType … } } }` nests as deep as anything else.
    // The standard introspection query (graphql-js's getIntrospectionQuery) is 15 deep.
    maxDepthRule({ ...common, n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, onReject: [reportAs("maxDepth")] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [reportAs("maxAliases")] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [reportAs("maxDirectives")] }),
  ];
}

/** The parser stops at the token limit: a document of thousands of nested braces is never built. */
export function parseOptions(limits: RequestLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}
