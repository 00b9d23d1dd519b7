/**
 * Field resolvers with arguments, answered without a promise.
 *
 * type-graphql hands every `@Arg` to its argument validation, an `async` function even when
 * validation is off (`validate: false` here), so a field resolver with arguments always returns a
 * promise, even when its value is already at hand (nested reads prime it). On the front-end page,
 * `Country.partners` and `Partnership.activities` run ≈ 650 times; as promises they cost the
 * executor a deferred completion each: ≈ 15 ms of Node CPU per page, a third of it (BENCHMARKS.md,
 * round 5). For field resolvers whose parameters are only scalar or enum arguments, the context,
 * the resolve info and custom decorators such as `@Parent`, this step installs a resolve function
 * that calls the same resolver method with the same values synchronously; any other field resolver
 * keeps type-graphql's.
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

/** Installs synchronous resolvers (see above) in `schema`, built by type-graphql from its metadata. */
export function synchronousArguments(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, (...values: unknown[]) => unknown>>();
  for (const resolver of storage.fieldResolvers) {
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    if (!params.some((p) => p.kind === "arg")) continue; // no argument: type-graphql's path is synchronous
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
