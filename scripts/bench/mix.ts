/**
 * The benchmark's fixed query mix. Each item is asked three ways over the same graph:
 *  - `service`: this service's GraphQL;
 *  - `neo4jGraphql`: the same question to a minimal Neo4j GraphQL Library server over the same graph
 *    (typeDefs in neo4j-graphql-server.ts), where that library can express it without custom Cypher;
 *  - `floor`: the Cypher statements run straight through neo4j-driver — the least any GraphQL layer
 *    can cost. For the page it is one hand-written query (scripts/bench/cypher/page.cypher); for the analytics
 *    it is the service's own statements (cypher/queries/analytics/…), so the ratio shows what the
 *    GraphQL layer and the service code add on top of the database work.
 */
import fs from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../../src/db/cypher";
import { toPlain } from "../../src/db/mapping";
import { fold } from "../../src/domain/fold";

/**
 * The text of a floor statement: the benchmark's own (`bench/…`, in scripts/bench/cypher/, not
 * among the product's queries) or one of the service's (cypher/…).
 */
export function floorText(name: string): string {
  if (!name.startsWith("bench/")) return cypher(name);
  return fs.readFileSync(path.join(__dirname, "cypher", `${name.slice("bench/".length)}.cypher`), "utf8").trim();
}

/** Arguments picked from the loaded dataset (scripts/bench/cypher/pick-arguments.cypher). */
export interface MixArguments {
  planId: string;
  fromYear: number;
  toYear: number;
  searchText: string;
  smallPartnerId: string;
  farPartnerId: string;
}

/** The mix's arguments for the dataset `driver` reaches; a clear error when it has nothing to pick. */
export async function pickArguments(driver: Driver): Promise<MixArguments> {
  const [picked] = (await driver.executeQuery(floorText("bench/pick-arguments"))).records.map((r) => toPlain(r.toObject()));
  if (!picked) throw new Error("the dataset has no plan or no partner with exactly one engagement: nothing to benchmark");
  return picked as unknown as MixArguments;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface FloorStatement {
  /** A file under cypher/ without the extension. */
  name: string;
  params: Record<string, unknown>;
}

export interface MixItem {
  name: string;
  description: string;
  service: GraphQLRequest;
  neo4jGraphql: GraphQLRequest | null;
  /** Run together (concurrently) for one floor request. */
  floor: FloorStatement[];
}

const PAGE_PARTNERS = 5;
const PAGE_ACTIVITIES = 5;

const date = (value: string) => neo4j.types.Date.fromStandardDate(new Date(`${value}T00:00:00Z`));
const int = (value: number) => neo4j.int(value);

export function queryMix(args: MixArguments): MixItem[] {
  const period = { fromYear: args.fromYear, toYear: args.toYear };
  const start = date(`${args.fromYear}-01-01`);
  const end = date(`${args.toYear}-12-31`);
  const tokens = fold(args.searchText).split(/\s+/).filter(Boolean);
  return [
    {
      name: "page",
      description: `front-end page: countries → first ${PAGE_PARTNERS} partners → their partnerships → last ${PAGE_ACTIVITIES} activities`,
      service: {
        query: `query Page($partners: Int!, $activities: Int!) { countries { code name partners(first: $partners) { edges { node {
          id name partnerships { id title activities(first: $activities, orderBy: NEWEST_FIRST) { edges { node { id title date } } } } } } } } }`,
        variables: { partners: PAGE_PARTNERS, activities: PAGE_ACTIVITIES },
      },
      neo4jGraphql: {
        query: `query Page($partners: Int!, $activities: Int!) { countries(sort: [{ code: ASC }]) { code name
          partners(where: { side: { eq: "FOREIGN" } }, limit: $partners, sort: [{ id: ASC }]) {
            id name partnerships(sort: [{ id: ASC }]) { id title activities(limit: $activities, sort: [{ date: DESC }, { id: DESC }]) { id title date } } } } }`,
        variables: { partners: PAGE_PARTNERS, activities: PAGE_ACTIVITIES },
      },
      floor: [{ name: "bench/page", params: { partners: int(PAGE_PARTNERS), activities: int(PAGE_ACTIVITIES) } }],
    },
    {
      name: "coverage",
      description: `partnerCoverage for the plan's period (${args.fromYear}–${args.toYear}) with its priority countries`,
      service: {
        query: `query Coverage($period: PeriodInput!, $planId: ID) { partnerCoverage(period: $period, planId: $planId) {
          rows { country { code } partners activePartners partnershipsInForce sisterLocalities activities projects fundsMobilizedUsd
                 unconvertedFunds { amount currency } lastActivityOn priority status }
          totals { partners partnershipsInForce activities projects fundsMobilizedUsd } } }`,
        variables: { period, planId: args.planId },
      },
      neo4jGraphql: null,
      floor: [
        // From the activity tallies, as the service reads them after an import (the bench imports first).
        { name: "queries/analytics/coverage/rows", params: { start, end, planId: args.planId, kinds: null, tallied: true } },
        { name: "queries/analytics/coverage/totals", params: { start, end, planId: args.planId, kinds: null, tallied: true } },
      ],
    },
    {
      name: "effectiveness",
      description: "partnershipEffectiveness for every sister-locality relation over the plan's period",
      service: {
        query: `query Effectiveness($period: PeriodInput!) { partnershipEffectiveness(period: $period, kind: SISTER_LOCALITY) {
          partnership { id } activities projects fundsMobilizedUsd lastActivityOn dormant score flags } }`,
        variables: { period },
      },
      neo4jGraphql: null,
      floor: [{
        name: "queries/analytics/effectiveness/partnerships",
        params: { start, end, fromYear: int(args.fromYear), toYear: int(args.toYear), kind: "SISTER_LOCALITY", country: null, domesticPartyIds: null },
      }],
    },
    {
      name: "search",
      description: `search for "${args.searchText}", first 20`,
      service: {
        query: `query Search($text: String!) { search(text: $text, first: 20) { id name nameVi } }`,
        variables: { text: args.searchText },
      },
      // The library has no folding: its filter runs on the same stored folded text, with the folded tokens.
      neo4jGraphql: {
        query: `query Search($where: ActorWhere!) { actors(where: $where, limit: 20, sort: [{ searchText: ASC }, { id: ASC }]) { id name nameVi } }`,
        variables: { where: { AND: tokens.map((token) => ({ searchText: { contains: token } })) } },
      },
      floor: [{
        name: "queries/analytics/search/actors",
        params: {
          tokens, longest: tokens.reduce((a, b) => (b.length > a.length ? b : a)), kinds: null, limit: int(20),
          // The statement returns the listed properties only (src/graphql/read/projection.ts): the three selected fields.
          properties: ["id", "name", "nameVi"], dates: [],
        },
      }],
    },
    {
      name: "collaborators",
      description: `collaborators of a small partner (${args.smallPartnerId}), degree 2`,
      service: {
        query: `query Collaborators($id: ID!) { collaborators(actorId: $id, degree: 2) { id name } }`,
        variables: { id: args.smallPartnerId },
      },
      neo4jGraphql: null,
      floor: [{
        name: "queries/analytics/network/collaborators",
        params: { actorId: args.smallPartnerId, degree: int(2), properties: ["id", "name"], dates: [] },
      }],
    },
    {
      name: "connection",
      description: `connection between two far-apart small partners (${args.smallPartnerId} → ${args.farPartnerId})`,
      service: {
        query: `query Connection($from: ID!, $to: ID!) { connection(fromId: $from, toId: $to) { steps actors { id name } via { __typename id } } }`,
        variables: { from: args.smallPartnerId, to: args.farPartnerId },
      },
      neo4jGraphql: null,
      floor: [{ name: "queries/analytics/network/connection", params: { fromId: args.smallPartnerId, toId: args.farPartnerId } }],
    },
    // v2 analytics
    {
      name: "agreements",
      description: `agreementReview over the plan's period: expiry, status, reporting and commitments`,
      service: {
        query: `query Agreements($period: PeriodInput!) { agreementReview(period: $period) {
          partnership { id } expiresOn status reportStatus commitments { id expected actual met } } }`,
        variables: { period },
      },
      neo4jGraphql: null,
      floor: [{ name: "queries/analytics/agreements/partnerships", params: { start, end } }],
    },
    {
      name: "permits",
      description: `ngoPermits at the end of the plan's period (${args.toYear}-12-31)`,
      service: {
        query: `query Permits($asOf: String!) { ngoPermits(asOf: $asOf) { actor { id } status validUntil uncoveredActivities { id } uncoveredProjects { id } } }`,
        variables: { asOf: `${args.toYear}-12-31` },
      },
      neo4jGraphql: null,
      floor: [{ name: "queries/analytics/permits/ngos", params: { asOf: end } }],
    },
    {
      name: "planProgress",
      description: `planProgress of the plan (${args.planId}) in its last year`,
      service: {
        query: `query Progress($planId: ID!, $year: Int!) { planProgress(planId: $planId, year: $year) {
          task { id } activities activitiesByKind { kind count } assigneesWithActivity { id } assigneesWithout { id } } }`,
        variables: { planId: args.planId, year: args.toYear },
      },
      neo4jGraphql: null,
      floor: [{ name: "queries/analytics/plan-progress/tasks", params: { planId: args.planId, start: date(`${args.toYear}-01-01`), end } }],
    },
    {
      name: "sectors",
      description: "sectorSummary over the plan's period",
      service: {
        query: `query Sectors($period: PeriodInput!) { sectorSummary(period: $period) { sector partnershipsInForce activities projects fundsMobilizedUsd } }`,
        variables: { period },
      },
      neo4jGraphql: null,
      floor: [{ name: "queries/analytics/sectors/summary", params: { start, end } }],
    },
    {
      name: "regions",
      description: "partnerCoverage's region rows over the plan's period, with its priority countries",
      service: {
        query: `query Regions($period: PeriodInput!, $planId: ID) { partnerCoverage(period: $period, planId: $planId) {
          regions { region partners partnershipsInForce activities projects fundsMobilizedUsd countriesWithPartners priorityCountriesWithout { code } } } }`,
        variables: { period, planId: args.planId },
      },
      neo4jGraphql: null,
      floor: [{ name: "queries/analytics/coverage/regions", params: { start, end, planId: args.planId, kinds: null } }],
    },
  ];
}
