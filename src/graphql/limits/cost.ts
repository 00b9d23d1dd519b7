/**
 * What an operation would cost to answer, estimated from its text and variables before anything
 * runs: the number of objects it can return, each list multiplied through the levels below it,
 * plus the declared price of expensive fields (the analytics).
 *
 * Why: a page caps `first` at 100, but the cap multiplies across levels. Twenty bytes more of query
 * (`partners(first: 100) { … activities(first: 100) { … participants { … } } }`) ask for millions of
 * rows; depth and token limits alone do not see it. The estimate is an upper bound in spirit, not a
 * promise: plain lists have no `first`, so they count as their declared `listSize`.
 *
 * Fields declare their cost next to themselves with `@Extensions({ cost: … })` (see `FieldCost`);
 * this module knows no field by name.
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { Extensions } from "type-graphql";

/** What a field declares about its cost, as `extensions.cost` of its definition. */
export interface FieldCost {
  /** Work units each time the field is resolved, beyond the objects it returns (an analytic's query). */
  price?: number;
  /** Expected length of a list field without a `first` argument (default: `defaultListSize`). */
  listSize?: number;
  /** The field only structures its parent's items (a connection's `edges`, `pageInfo`): no objects of its own. */
  structural?: boolean;
}

export interface CostModel {
  /** Length assumed for a list field that declares no `listSize` and takes no `first`. */
  defaultListSize: number;
  /** `first` assumed when its value is missing or not a number (the page cap). */
  maxPageSize: number;
}

function declaredCost(field: GraphQLField<unknown, unknown>): FieldCost {
  return (field.extensions as { cost?: FieldCost } | undefined)?.cost ?? {};
}

/** The value of argument `first` of a field, from its literal, a variable, or its default. */
function firstArgument(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>, model: CostModel): number | undefined {
  const definition = field.args.find((arg) => arg.name === "first");
  if (!definition) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === "first");
  const value = given ? valueFromAST(given.value, definition.type, variables) : definition.defaultValue;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : model.maxPageSize;
}

/**
 * The estimated cost of `operation`: every object the answer can hold counts 1 (structural
 * wrappers 0), each field's `price` counts once per time it is resolved, and everything below a
 * list counts once per item it may have (`first`, else the declared or default list size).
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  model: CostModel,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const selectionCost = (type: GraphQLCompositeType, selectionSet: SelectionSetNode, times: number, spreading: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on && isCompositeType(on)) cost += selectionCost(on, selection.selectionSet, times, spreading);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        // Validation refuses fragment cycles; the guard keeps this function total all the same.
        if (on && isCompositeType(on) && !spreading.has(fragment.name.value)) {
          cost += selectionCost(on, fragment.selectionSet, times, new Set([...spreading, fragment.name.value]));
        }
      } else {
        cost += fieldCost(type, selection, times, spreading);
      }
    }
    return cost;
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode, times: number, spreading: ReadonlySet<string>): number => {
    if (!("getFields" in parent)) return 0; // a union: only fragments select from it
    const field = parent.getFields()[node.name.value];
    if (!field) return 0; // __typename and introspection
    const declared = declaredCost(field);
    let cost = (declared.price ?? 0) * times;
    const type = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(type)) return cost;
    const first = firstArgument(field, node, variables, model);
    const isList = isListType(getNullableType(field.type));
    // A list holds `first` items, or its declared length; a connection (not a list, with `first`)
    // is one object whose pages of `first` items are below it.
    const items = isList ? first ?? declared.listSize ?? model.defaultListSize : 1;
    const count = times * items;
    if (!declared.structural) cost += count;
    return cost + selectionCost(type, node.selectionSet, !isList && first !== undefined ? count * first : count, spreading);
  };

  return selectionCost(root, operation.selectionSet, 1, new Set());
}

/** Declares a field's cost next to the field: `@Cost({ price: 2000 })` above its `@Query` or `@Field`. */
export function Cost(cost: FieldCost): MethodDecorator & PropertyDecorator {
  return Extensions({ cost }) as MethodDecorator & PropertyDecorator;
}
