/**
 * Reads only what a request selects. Decoding whole nodes was most of the Node CPU of a large page
 * (every property of thousands of nodes, dates rebuilt from epoch days): the entity queries instead
 * take the stored properties to return as parameters and return their values as a list.
 *
 * Per request, the operation is walked once (before execution) and every field selected on each
 * object type is noted; a type's projection is then the union of the properties those fields read,
 * wherever the type appears in the query. A context used outside a GraphQL operation reads every
 * property. The read engine names the properties in its text (compose.ts: `[n1.id, toString(n1.date)]`,
 * the schema's declared names); other statements take them as parameters:
 *
 *   RETURN [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
 */
import { type DocumentNode, type GraphQLSchema, TypeInfo, isAbstractType, visit, visitWithTypeInfo } from "graphql";
import type { Plain } from "../../db/mapping";
import { type EntityType, ObjectBuilder } from "./entity";

/** How a query's `node` column becomes an object: the parameters it needs and the mapping of one value. */
export interface NodeReader<T> {
  params(): { properties: string[]; dates: string[] };
  map(node: Plain): T;
}

/** The properties one query returns for a type, and how to turn its value list back into an object. */
export class Projection<T = unknown> {
  readonly params: { properties: string[]; dates: string[] };
  /**
   * Builds only the values of the fields whose stored properties this projection reads: the
   * benchmark's page selects three of the sixteen values of an activity, and building the others
   * for each of its thousands of rows was most of its mapping (BENCHMARKS.md, round 10).
   */
  private readonly builder: ObjectBuilder<T>;

  constructor(type: EntityType<T>, properties: Iterable<string>) {
    const all = [...new Set(properties)];
    const dates = new Set(type.dates);
    this.params = { properties: all.filter((p) => !dates.has(p)), dates: all.filter((p) => dates.has(p)) };
    // A query returns the properties, then the dates (compose.ts, and the statements' RETURN above).
    this.builder = new ObjectBuilder(type, [...this.params.properties, ...this.params.dates]);
  }

  /** The object for the list a query returned (same order as the parameters). */
  object(values: Plain): T {
    return this.builder.build(values as Plain[]);
  }
}

/** Every property a shape's fields read: the projection of a type when nothing narrows it. */
function fullProjection(shape: EntityType): Projection {
  return new Projection(shape, shape.properties);
}

/**
 * The fields selected per object type, per document: the pipeline keeps one parsed document per query
 * text, so a query sent again is walked once, not on every request (the walk was 3 % of the Node
 * time of a small request at 16 clients). Keyed weakly: a document the cache evicts takes its entry.
 */
const selectedByDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Set<string>>>>();

/** For each object type, the fields an operation document selects on it (fragments and interfaces included); read-only. */
export function selectedFields(schema: GraphQLSchema, document: DocumentNode): ReadonlyMap<string, ReadonlySet<string>> {
  let bySchema = selectedByDocument.get(schema);
  if (!bySchema) selectedByDocument.set(schema, (bySchema = new WeakMap()));
  let selected = bySchema.get(document);
  if (!selected) bySchema.set(document, (selected = walkSelection(schema, document)));
  return selected;
}

function walkSelection(schema: GraphQLSchema, document: DocumentNode): Map<string, Set<string>> {
  const selected = new Map<string, Set<string>>();
  const note = (typeName: string, field: string) => {
    let fields = selected.get(typeName);
    if (!fields) selected.set(typeName, (fields = new Set()));
    fields.add(field);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        // A field selected on an interface is read from every type that implements it.
        const types = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
        for (const type of types) note(type.name, node.name.value);
      },
    }),
  );
  return selected;
}

/** The projections of one request. */
export class Projections {
  private selected: ReadonlyMap<string, ReadonlySet<string>> | null = null;
  private readonly cache = new Map<EntityType, Projection>();

  /**
   * Narrows every projection to what `document` selects (called once the operation is known). One
   * operation per context: the server creates a context per request and HTTP batching is off (the
   * loaders' caches hold objects read with this request's projections).
   */
  select(schema: GraphQLSchema, document: DocumentNode): void {
    this.selected = selectedFields(schema, document);
    this.cache.clear();
  }

  /** What to read of a type in this request, and how to read its rows back. */
  reader<T>(type: EntityType<T>): NodeReader<T> {
    return { params: () => this.of(type).params, map: (node) => this.of(type).object(node) as T };
  }

  /** What to read of a type in this request. */
  of(shape: EntityType): Projection {
    let projection = this.cache.get(shape);
    if (!projection) {
      projection = this.selected ? this.narrow(shape, this.selected.get(shape.typeName)) : fullProjection(shape);
      this.cache.set(shape, projection);
    }
    return projection;
  }

  private narrow(shape: EntityType, fields: ReadonlySet<string> | undefined): Projection {
    const properties = [shape.key];
    for (const field of fields ?? []) {
      const read = shape.fields[field];
      // A field the shape does not know (e.g. `__typename`) reads nothing stored; a new field someone
      // forgot to declare would read nothing too, which the shape tests catch.
      if (read) properties.push(...read.reads);
    }
    return new Projection(shape, properties);
  }
}
