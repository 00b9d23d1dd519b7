/**
 * The limits that depend on the document alone, as graphql-js validation rules (graphql-armor's),
 * so the pipeline checks them once per query text, with the rest of validation, before anything is
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

/** Selections an operation may make, each fragment counted once per spread. */
export const MAX_RECURSIVE_SELECTIONS = 10_000;

interface DefinitionCount {
  selections: number;
  spreads: Map<string, number>;
}

/**
 * Refuses an operation whose selections, with every fragment spread expanded, pass `limit`: a few
 * hundred bytes of fragments that spread each other twice over expand to millions of selections,
 * which the other validation rules would each walk. Counted without expanding anything: each
 * fragment's own count once, multiplied by its spreads (a cycle counts nothing more; graphql-js's
 * NoFragmentCycles rule reports it).
 */
export function maxRecursiveSelectionsRule(limit: number): ValidationRule {
  return (context) => {
    const operations = new Map<string | null, DefinitionCount>();
    const fragments = new Map<string, DefinitionCount>();
    let current: DefinitionCount | undefined;
    const count = (spread?: string) => {
      if (!current) return;
      current.selections++;
      if (spread !== undefined) current.spreads.set(spread, (current.spreads.get(spread) ?? 0) + 1);
    };
    const expanded = new Map<string, number | null>();
    // A definition's own selections, plus each fragment it spreads, expanded, times its spreads.
    const totalOf = (definition: DefinitionCount): number => {
      let total = definition.selections;
      for (const [spread, times] of definition.spreads) total += times * expandedCount(spread);
      return total;
    };
    const expandedCount = (name: string): number => {
      const known = expanded.get(name);
      if (known !== undefined) return known ?? 0;
      expanded.set(name, null); // a cycle
      const definition = fragments.get(name);
      const total = definition ? totalOf(definition) : 0;
      expanded.set(name, total);
      return total;
    };
    const fresh = (): DefinitionCount => ({ selections: 0, spreads: new Map() });
    return {
      Field: () => count(),
      InlineFragment: () => count(),
      FragmentSpread: (node) => count(node.name.value),
      FragmentDefinition: {
        enter: (node) => void fragments.set(node.name.value, (current = fresh())),
        leave: () => void (current = undefined),
      },
      OperationDefinition: {
        enter: (node) => void operations.set(node.name?.value ?? null, (current = fresh())),
        leave: () => void (current = undefined),
      },
      Document: {
        leave: () => {
          for (const [name, operation] of operations) {
            if (totalOf(operation) > limit) {
              context.reportError(new GraphQLError(`${name ? `Operation "${name}"` : "Anonymous operation"} recursively requests too many selections.`));
            }
          }
        },
      },
    };
  };
}
