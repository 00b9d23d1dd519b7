/**
 * Builds the executable GraphQL schema from the type-graphql modules, and prints it as SDL
 * (checked in as schema/schema.graphql; a test fails when the two drift apart).
 */
import "reflect-metadata";
import path from "node:path";
import { isAbstractType, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { PROJECT_ROOT } from "./config";
import "./graphql/enums";
import { directFieldResolvers } from "./graphql/directFieldResolvers";
import { ActivityResolver } from "./modules/activities/activity.resolver";
import { ActorResolver } from "./modules/actors/actor.resolver";
import { CountryResolver } from "./modules/countries/country.resolver";
import { MembershipResolver } from "./modules/memberships/membership.resolver";
import { PartnershipResolver } from "./modules/partnerships/partnership.resolver";
import { PlanResolver, ReportResolver, TaskResolver } from "./modules/plans/plan.resolver";
import { ProjectResolver } from "./modules/projects/project.resolver";
import { ReviewResolver } from "./modules/reviews/review.resolver";
import { PermitResolver } from "./modules/permits/permit.resolver";
import { CoverageResolver } from "./analytics/coverage/coverage.resolver";
import { EffectivenessResolver } from "./analytics/effectiveness/effectiveness.resolver";
import { ReportingResolver } from "./analytics/reporting/reporting.resolver";
import { SearchResolver } from "./analytics/search/search.resolver";
import { NetworkResolver } from "./analytics/network/network.resolver";
import { AgreementsResolver } from "./analytics/agreements/agreements.resolver";
import { RegionCoverageResolver } from "./analytics/coverage/regions.resolver";
import { FundsResolver } from "./analytics/funds/funds.resolver";
import { PermitsResolver } from "./analytics/permits/permits.resolver";
import { PlanProgressResolver } from "./analytics/planProgress/planProgress.resolver";
import { SectorsResolver } from "./analytics/sectors/sectors.resolver";
import { AuditResolver } from "./writes/audit.resolver";
import { WriteResolver } from "./writes/write.resolver";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema", "schema.graphql");

let built: Promise<GraphQLSchema> | undefined;

/** The schema; built once per process (type-graphql metadata is global). */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      ActorResolver, CountryResolver, PartnershipResolver, ActivityResolver, ProjectResolver,
      ReviewResolver, MembershipResolver, PlanResolver, TaskResolver, ReportResolver, PermitResolver,
      ReportingResolver, SearchResolver, CoverageResolver, EffectivenessResolver, NetworkResolver,
      AgreementsResolver, PermitsResolver, PlanProgressResolver, SectorsResolver, RegionCoverageResolver, FundsResolver,
      WriteResolver, AuditResolver,
    ],
    validate: false,
  })
    .then(resolveAbstractTypesByTypename)
    .then(directFieldResolvers);
  return built;
}

/**
 * Interfaces and unions resolve a value's type from the `__typename` its entity type sets, with
 * the executor's default type resolver (graphql-js's and graphql-jit's both read `__typename`).
 * type-graphql always installs one of its own: an `async` wrapper around a given resolveType, or
 * an `instanceof` test against the classes (our values are plain objects); graphql-jit
 * (src/graphql/executor.ts) resolves abstract types synchronously only.
 */
function resolveAbstractTypesByTypename(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = undefined;
  }
  return schema;
}

/** The SDL as checked in: sorted, so it changes only when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
