/**
 * What a request selects below a field, collected as the executor collects it (the spec's
 * CollectFields, graphql-js `execution/collectFields.ts`), with graphql-js's public helpers:
 * fragments and inline fragments apply when their type condition is the object type or an interface
 * or union it belongs to, and `@skip` / `@include` are honoured with the request's variables. So the
 * engine plans exactly the fields the executor will resolve.
 *
 * (graphql-js's own `collectSubfields` is internal to its package: imported by path, it can load a
 * second copy of graphql-js beside the one the schema was built with, whose type checks then fail.)
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionNode,
  type SelectionSetNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  typeFromAST,
} from "graphql";

/** What a resolver's `info` carries that field collection needs (graphql-js and graphql-jit both give it). */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** Whether `@skip` / `@include` leave this selection in. */
function included(on: SelectionContext, selection: SelectionNode): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, selection, on.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, on.variableValues)?.if !== false;
}

/** Whether a fragment with this type condition applies to objects of `type`. */
function applies(on: SelectionContext, condition: InlineFragmentNode["typeCondition"], type: GraphQLObjectType): boolean {
  if (!condition) return true;
  const conditional = typeFromAST(on.schema, condition);
  if (conditional === type) return true;
  return !!conditional && isAbstractType(conditional) && on.schema.isSubType(conditional, type);
}

/** The fields selected on `type` below these nodes (of one field returning it), by response name. */
export function subfields(on: SelectionContext, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(on, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(on, selection.typeCondition, type)) collect(selection.selectionSet);
      } else {
        const fragment = on.fragments[selection.name.value];
        if (visited.has(selection.name.value) || !fragment || !applies(on, fragment.typeCondition, type)) continue;
        visited.add(selection.name.value);
        collect(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) collect(node.selectionSet);
  return fields;
}

/** The object type a field returns (lists and non-null unwrapped); null for scalars, interfaces and unions. */
export function objectTypeOf(type: GraphQLOutputType): GraphQLObjectType | null {
  const named = getNamedType(type);
  return isObjectType(named) ? named : null;
}

/**
 * The nodes of the items below a field of type `type`, following `path` (`edges.node` for a
 * connection; none for a list or an object). Several response names may lead there (aliases).
 */
export function itemNodes(on: SelectionContext, type: GraphQLObjectType, nodes: readonly FieldNode[], path: readonly string[]): {
  type: GraphQLObjectType;
  nodes: FieldNode[];
} {
  let current = { type, nodes: [...nodes] };
  for (const name of path) {
    const below = [...subfields(on, current.type, current.nodes).values()].filter((group) => group[0].name.value === name).flat();
    const next = objectTypeOf(current.type.getFields()[name].type);
    if (!next) throw new Error(`${current.type.name}.${name} is not an object type`);
    current = { type: next, nodes: below };
  }
  return current;
}

/** Whether a connection field's selection asks whether more items follow (selects `pageInfo`). */
export function asksNextPage(on: SelectionContext, connection: GraphQLObjectType, nodes: readonly FieldNode[]): boolean {
  for (const group of subfields(on, connection, nodes).values()) if (group[0].name.value === "pageInfo") return true;
  return false;
}

/** Where a connection's items sit below it. */
export const CONNECTION = ["edges", "node"] as const;
