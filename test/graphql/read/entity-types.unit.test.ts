/**
 * The entity types the read engine reads (src/graphql/read/entity.ts), without a database: each
 * declares exactly the fields of its GraphQL type, computes a value for every field the executor
 * reads from the object, and turns rows into the objects the API answers with.
 */
import { type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/graphql/read/entity";
import { activityType } from "../../../src/modules/activities/activity.type";
import { actorType } from "../../../src/modules/actors/actor.type";
import { countryType } from "../../../src/modules/countries/country.type";
import { membershipType } from "../../../src/modules/memberships/membership.type";
import { partnershipType } from "../../../src/modules/partnerships/partnership.type";
import { planType, reportType, taskType } from "../../../src/modules/plans/plan.type";
import { projectType } from "../../../src/modules/projects/project.type";
import { reviewType } from "../../../src/modules/reviews/review.type";
import { permitType } from "../../../src/modules/permits/permit.type";
import { commitmentType } from "../../../src/modules/partnerships/commitment.type";
import { appSchema } from "../../../src/schema";

/** Every entity type the read engine reads. */
const SHAPES: EntityType[] = [
  actorType, countryType, partnershipType, activityType, projectType, planType, taskType, reportType, reviewType, membershipType,
  permitType, commitmentType,
];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await appSchema();
});

describe("entity shapes", () => {
  it("declare every field of their GraphQL type, and nothing else", () => {
    for (const shape of SHAPES) {
      const type = schema.getType(shape.typeName) as GraphQLObjectType;
      expect(Object.keys(shape.fields).sort(), shape.typeName).toEqual(Object.keys(type.getFields()).sort());
    }
  });

  it("compute a value for every field that has no resolver of its own (the executor reads it from the object)", () => {
    for (const shape of SHAPES) {
      const type = schema.getType(shape.typeName) as GraphQLObjectType;
      const plain = Object.values(type.getFields()).filter((field) => !field.resolve).map((field) => field.name);
      expect(plain.length, shape.typeName).toBeGreaterThan(0);
      expect(plain.filter((name) => !shape.fields[name]?.value), shape.typeName).toEqual([]);
    }
  });
});

describe("row mappers", () => {
  it("an actor: its country code under countryCode, a contact only when some part of it is known", () => {
    const row = { id: "jp-x", kind: "LOCALITY", side: "FOREIGN", name: "X", nameVi: null, country: "JP", level: null, validFrom: "2001-02-03", validTo: null, website: null };
    expect(actorType.map({ ...row, contactName: null, contactEmail: null, contactPhone: null })).toMatchObject({ countryCode: "JP", validFrom: "2001-02-03", contact: null });
    expect(actorType.map({ ...row, contactName: null, contactEmail: "a@b.org", contactPhone: null }).contact).toEqual({ name: null, email: "a@b.org", phone: null });
  });

  it("a plan without a deadline reports by 15 December; years are numbers", () => {
    const plan = planType.map({ id: "p", title: "Plan", titleVi: null, documentNumber: null, issuedOn: null, fromYear: 2021, toYear: 2025, reportDeadline: null });
    expect(plan).toMatchObject({ fromYear: 2021, toYear: 2025, reportDeadline: "12-15" });
  });

  it("a membership names its type, for the Engagement interface", () => {
    expect(membershipType.map({ id: "m", role: null, since: "2010-01-01", until: null, version: 3, updatedBy: "import" })).toEqual({
      __typename: "Membership", id: "m", role: null, since: "2010-01-01", until: null,
      version: 3, updatedAt: null, updatedBy: "import", archivedAt: null, archivedBy: null, archiveReason: null,
    });
  });
});
