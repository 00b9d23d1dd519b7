/** schema/schema.graphql is the checked-in contract: it must match what the code builds. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, appSchema, printAppSchema } from "../../src/schema";
import neo4j from "neo4j-driver";
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import { Database } from "../../src/db/database";
import { createContext } from "../../src/graphql/context";
import { ActivityOrder } from "../../src/graphql/enums";
import type { Connection } from "../../src/graphql/pagination";
import { relationRead } from "../../src/graphql/read/page";
import { partnershipActivities } from "../../src/modules/partnerships/partnership.relations";
import { getMetadataStorage } from "type-graphql";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema` after changing the API)", async () => {
    const generated = printAppSchema(await appSchema());
    const checkedIn = fs.readFileSync(SCHEMA_FILE, "utf8");
    expect(checkedIn, "schema/schema.graphql is out of date: run `npm run schema`").toBe(generated);
  });

  it("describes every type, field and argument", async () => {
    const schema = await appSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || getNamedType(type) !== type || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description && type !== schema.getQueryType() && type !== schema.getMutationType()) missing.push(type.name); // root types conventionally have none
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it("has the entity queries of the contract", async () => {
    const query = (await appSchema()).getQueryType()!;
    expect(Object.keys(query.getFields())).toEqual(
      expect.arrayContaining(["actor", "actors", "partnership", "partnerships", "activities", "projects", "country", "countries", "plan"]),
    );
  });

  it("gives plain fields no resolver of their own (simpleResolvers): only field resolvers run code", async () => {
    // type-graphql otherwise wraps every plain field in a resolver that runs middlewares and the
    // auth checker (there are none): a call and an object per field, ≈ 10 ms of Node CPU per page.
    const schema = await appSchema();
    const withResolver = new Set(
      getMetadataStorage().fieldResolvers.map((r) => `${(r.getObjectType?.() as { name: string } | undefined)?.name}.${r.schemaName}`),
    );
    const wrapped: string[] = [];
    const roots = [schema.getQueryType(), schema.getMutationType()];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || roots.includes(type)) continue;
      for (const field of Object.values(type.getFields())) {
        // A connection's totalCount is a promise: it keeps a resolver so that graphql-jit awaits it.
        const promised = type.name.endsWith("Connection") && field.name === "totalCount";
        if (field.resolve && !promised && !withResolver.has(`${type.name}.${field.name}`)) wrapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrapped).toEqual([]);
    expect(schema.getType("Actor") && (schema.getType("Actor") as any).getFields().partnerships.resolve).toBeTypeOf("function");
  });

  it("answers a field resolver with arguments without a promise when its value is at hand", async () => {
    // type-graphql's own resolver returns a promise for any field with arguments (directFieldResolvers.ts).
    const schema = await appSchema();
    const activities = (schema.getType("Partnership") as GraphQLObjectType).getFields().activities;
    const db = new Database(neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "")));
    try {
      const ctx = createContext(db);
      const args = { first: 2, after: null, orderBy: ActivityOrder.ID };
      // What a nested read would have put in the loader cache for this field (3 rows: more follow).
      ctx.read.prime(relationRead(partnershipActivities, args, false), "ps-1", [{ id: "a-1" }, { id: "a-2" }, { id: "a-3" }]);
      const info = { schema, fieldNodes: [], fragments: {}, variableValues: {}, returnType: activities.type } as unknown as GraphQLResolveInfo;
      const connection = activities.resolve!({ id: "ps-1" }, args, ctx, info);
      expect(connection).not.toBeInstanceOf(Promise);
      expect((connection as Connection<{ id: string }>).edges.map((e) => e.node.id)).toEqual(["a-1", "a-2"]);
      expect((connection as Connection<{ id: string }>).pageInfo.hasNextPage).toBe(true);
    } finally {
      await db.close();
    }
  });

  it("hands field resolvers their parent object as it is (@Parent, not type-graphql's copying @Root)", async () => {
    await appSchema();
    const copying = getMetadataStorage().params.filter((p) => p.kind === "root").map((p) => `${p.target.name}.${p.methodName}`);
    expect(copying).toEqual([]);
  });
});
