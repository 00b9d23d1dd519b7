/**
 * Entity queries read only the properties a request selects (src/graphql/read/projection.ts). What a
 * client relies on: every field answers exactly as if whole nodes had been read, whatever else the
 * query selects, and every field of an entity type says which stored properties it reads.
 */
import { type GraphQLObjectType, type GraphQLSchema, getNamedType, isLeafType, isObjectType, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_FILE } from "../../src/dataset/demo";
import { readDatasetFile } from "../../src/dataset/file";
import { createContext } from "../../src/graphql/context";
import type { EntityType } from "../../src/graphql/read/entity";
import { Projection, Projections, selectedFields } from "../../src/graphql/read/projection";
import { appSchema } from "../../src/schema";
import { activityType } from "../../src/modules/activities/activity.type";
import { actorType } from "../../src/modules/actors/actor.type";
import { countryType } from "../../src/modules/countries/country.type";
import { membershipType } from "../../src/modules/memberships/membership.type";
import { partnershipType } from "../../src/modules/partnerships/partnership.type";
import { planType, reportType, taskType } from "../../src/modules/plans/plan.type";
import { projectType } from "../../src/modules/projects/project.type";
import { reviewType } from "../../src/modules/reviews/review.type";

import { statementsDuring } from "../support/db";
import { graphqlFixture } from "../support/graphql";

/** Every entity type the read engine reads. */
const SHAPES: EntityType[] = [
  actorType, countryType, partnershipType, activityType, projectType, planType, taskType, reportType, reviewType, membershipType,
];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await appSchema();
});

describe("selectedFields", () => {
  it("notes each type's fields through aliases, named and inline fragments and interfaces", () => {
    const document = parse(`
      query { actors(first: 2) { edges { node { ...Names shortName: nameVi } } }
              connection(fromId: "a", toId: "b") { via { id ... on Activity { date } } } }
      fragment Names on Actor { name partnerships { title } }`);
    const selected = selectedFields(schema, document);
    expect([...selected.get("Actor")!].sort()).toEqual(["name", "nameVi", "partnerships"]);
    expect([...selected.get("Partnership")!].sort()).toEqual(["id", "title"]);
    expect([...selected.get("Activity")!].sort()).toEqual(["date", "id"]);
    expect([...selected.get("Project")!]).toEqual(["id"]);
  });
});

describe("Projections", () => {
  it("reads the key and what the selected fields read, dates as a separate list", () => {
    const projections = new Projections();
    projections.select(schema, parse(`{ activities(first: 1) { edges { node { title funds { amount } endDate } } } }`));
    expect(projections.of(activityType).params).toEqual({ properties: ["id", "title", "fundsAmount", "fundsCurrency"], dates: ["endDate"] });
  });

  it("reads every property when no operation narrows it (a context used outside GraphQL)", () => {
    const { properties, dates } = new Projections().of(activityType).params;
    expect(properties).toEqual(expect.arrayContaining(["id", "kind", "title", "sectors", "fundsAmount", "fundsCurrency", "outcome"]));
    expect(dates).toEqual(["date", "endDate"]);
  });

  it("turns a value list back into the type's object", () => {
    const projection = new Projection(activityType, ["id", "date", "title"]);
    expect(projection.params).toEqual({ properties: ["id", "title"], dates: ["date"] });
    expect(projection.object(["act-1", "Visit", "2020-01-31"])).toEqual({ __typename: "Activity", id: "act-1", title: "Visit", date: "2020-01-31" });
  });

  it("builds the values of the fields whose stored properties it reads, and no others", () => {
    const plain = new Projection(activityType, ["id", "title"]).object(["act-1", "Visit"]);
    expect(plain).toEqual({ __typename: "Activity", id: "act-1", title: "Visit" });
    // A record's stamp value is built when it is read, like any other.
    expect(new Projection(activityType, ["id", "version"]).object(["act-1", null])).toEqual({ __typename: "Activity", id: "act-1", version: 1 });
    // A value read from several properties (the funds' amount and currency) needs all of them.
    expect(new Projection(activityType, ["id", "fundsAmount", "fundsCurrency"]).object(["act-1", 500, "EUR"])).toMatchObject({ funds: { amount: 500, currency: "EUR" } });
    expect(Object.keys(new Projection(activityType, ["id", "fundsAmount"]).object(["act-1", 500]))).not.toContain("funds");
    // An actor's `country` reads the stored `country`, from which the key its resolver needs is computed.
    expect(new Projection(actorType, ["id", "country"]).object(["jp-x", "JP"])).toEqual({ id: "jp-x", countryCode: "JP" });
    // Whole objects (a context used outside GraphQL) read every property, the stamp's included.
    expect(new Projections().of(activityType).params.properties).toEqual(expect.arrayContaining(["version", "updatedAt", "archivedAt"]));
  });
});

/** The leaf fields of `type`, and one level into non-entity objects (`contact { name … }`), as selection text. */
function leafSelection(type: GraphQLObjectType, field: string): string | null {
  const named = getNamedType(type.getFields()[field].type);
  if (isLeafType(named)) return field;
  if (!isObjectType(named)) return null;
  const leaves = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith("!")));
  return leaves.length ? `${field} { ${leaves.map((f) => f.name).join(" ")} }` : null;
}

/** A query listing entities of each type through its root collection. */
const ROOTS: Record<string, (selection: string) => string> = {
  Actor: (s) => `{ items: actors(first: 100) { edges { node { id ${s} } } } }`,
  Country: (s) => `{ items: countries { code ${s} } }`,
  Partnership: (s) => `{ items: partnerships(first: 100) { edges { node { id ${s} } } } }`,
  Activity: (s) => `{ items: activities(first: 100) { edges { node { id ${s} } } } }`,
  Project: (s) => `{ items: projects(first: 100) { edges { node { id ${s} } } } }`,
  Plan: (s) => `{ items: plans { id ${s} } }`,
};

function items(data: Record<string, any>): Record<string, unknown>[] {
  return Array.isArray(data.items) ? data.items : data.items.edges.map((e: { node: Record<string, unknown> }) => e.node);
}

describe("reading only the selected fields (demo dataset)", () => {
  const fixture = graphqlFixture(() => readDatasetFile(DEMO_FILE));
  /** The same pipeline, with projections that keep every property: every query reads every property of its shape. */
  async function readWhole(query: string) {
    const context = createContext(fixture.db);
    context.read.projections.select = () => {};
    const { result } = await fixture.gql.pipeline.run({ query }, context);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  it("sends only the selected properties to Neo4j", async () => {
    const sent = await statementsDuring(fixture.db, async () => {
      const result = await fixture.gql.run(`{ actors(first: 2) { edges { node { name partnerships { signedOn } } } } }`);
      expect(result.errors).toBeUndefined();
    });
    // The page, then its partnerships read nested below it (graphql/read/compose.ts: the selected
    // properties named in the text, in the order they are read back).
    expect(sent).toHaveLength(2);
    expect({ properties: sent[0].params.properties, dates: sent[0].params.dates }).toEqual({ properties: ["id", "name"], dates: [] });
    expect(sent[1].text).toContain("RETURN [n1.id, toString(n1.signedOn)] AS row");
    expect(sent[1].text).not.toMatch(/n1\.(name|title|kind)\b/);
  });

  for (const shape of SHAPES.filter((type) => ROOTS[type.typeName])) {
    it(`${shape.typeName}: each field alone answers as with every property read`, async () => {
      const type = schema.getType(shape.typeName) as GraphQLObjectType;
      const selections = Object.keys(type.getFields()).map((f) => leafSelection(type, f)).filter((s): s is string => s !== null);
      const expected = items(await readWhole(ROOTS[shape.typeName](selections.join(" "))));
      expect(expected.length).toBeGreaterThan(0);
      for (const selection of selections) {
        const field = selection.split(" ")[0];
        const result = await fixture.gql.run(ROOTS[shape.typeName](selection));
        expect(result.errors, selection).toBeUndefined();
        expect(items(result.data!).map((item) => item[field]), `${shape.typeName}.${field}`).toEqual(expected.map((item) => item[field]));
      }
    });
  }
});
