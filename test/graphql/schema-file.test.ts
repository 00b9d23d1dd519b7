/** schema/schema.graphql is the checked-in contract: it must match what the code builds. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, appSchema, printAppSchema } from "../../src/graphql/schema";
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";

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
      if (!type.description && type !== schema.getQueryType()) missing.push(type.name); // root types conventionally have none
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
});
