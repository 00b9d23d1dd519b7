/**
 * Field resolvers called directly, without type-graphql's per-call machinery.
 *
 * type-graphql wraps every field resolver in a function that, on every call, sorts the resolver's
 * parameter list, maps it into a new array, builds a resolver-data object, asks its container for
 * the resolver's instance and runs the (empty) middleware chain; and it hands every `@Arg` to its
 * argument validation, an `async` function even when validation is off (`validate: false` here),
 * so a field resolver with arguments always returns a promise, even when its value is already at
 * hand (nested reads prime it). The front-end page resolves a relation field for every country,
 * partner and partnership it lists: as promises, `Country.partners` and `Partnership.activities`
 * cost the executor a deferred completion each, ≈ 15 ms of Node CPU per page (BENCHMARKS.md,
 * round 5); the per-call sorting and arrays were 0.7 of the 8.4 MB the page allocated in Node
 * (BENCHMARKS.md, "Per-request work").
 *
 * For field resolvers of resolver classes whose parameters are only scalar or enum arguments, the
 * context, the resolve info and custom decorators such as `@Parent`, this step installs a resolve
 * function that calls the same resolver method, on one instance of its class, with the same values,
 * synchronously. Any other field resolver keeps type-graphql's: one with middlewares or roles
 * (`@Authorized`), input-object arguments (type-graphql converts them to class instances), `@Root()`
 * (copied into a class instance) or `@Args()`, and the fields an object type resolves itself.
 */
import { getNamedType, isEnumType, isObjectType, isScalarType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>["fieldResolvers"][number];
type ParamMetadata = NonNullable<FieldResolverMetadata["params"]>[number];

/** How one parameter's value is taken from the resolver's inputs; null for a kind left to type-graphql. */
function parameterReader(param: ParamMetadata): GraphQLFieldResolver<unknown, unknown> | null {
  switch (param.kind) {
    case "arg":
      return (_root, args) => args[param.name];
    case "context":
      return param.propertyName ? (_root, _args, context) => (context as Record<string, unknown>)[param.propertyName!] : (_root, _args, context) => context;
    case "info":
      return (_root, _args, _context, info) => info;
    case "custom":
      return param.options.arg ? null : (root, args, context, info) => param.resolver({ root, args, context, info });
    default:
      return null; // root (copied into a class instance), args (an input class), pubSub
  }
}

/** Installs direct resolvers (see above) in `schema`, built by type-graphql from its metadata. */
export function directFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, (...values: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    // A field an object type resolves itself ("internal") runs on a copy of its parent: left to type-graphql.
    if (resolver.kind !== "external") continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const objectClass = resolver.getObjectType?.();
    const typeName = storage.objectTypes.find((o) => o.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    if (!field) continue;
    // Arguments of input-object types are converted to class instances by type-graphql: left to it.
    const plainArguments = field.args.every((arg) => {
      const named = getNamedType(arg.type);
      return isScalarType(named) || isEnumType(named);
    });
    const readers = params.map(parameterReader);
    if (!plainArguments || readers.some((r) => r === null) || resolver.middlewares?.length || resolver.roles) continue;
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => Record<string, (...values: unknown[]) => unknown>)()));
    const target = instance;
    const method = resolver.methodName;
    field.resolve = (root, args, context, info) => target[method](...readers.map((read) => read!(root, args, context, info)));
  }
  return schema;
}
