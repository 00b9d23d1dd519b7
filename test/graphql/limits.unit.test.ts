/**
 * The limits a request is held to before it runs (src/graphql/limits/): the cost estimate's
 * arithmetic, each document rule's refusal and message, and the defaults against every query the
 * project documents or benchmarks. No database: these run before any resolver.
 */
import fs from "node:fs";
import path from "node:path";
import {
  Kind, getIntrospectionQuery, parse, print, specifiedRules, validate,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { queryMix } from "../../scripts/bench/mix";
import { PROJECT_ROOT } from "../../src/config";
import { estimateCost } from "../../src/graphql/limits/cost";
import { nestingDepth } from "../../src/graphql/limits/guard";
import { DEFAULT_LIMITS } from "../../src/requestLimits";
import { limitRules, parseOptions } from "../../src/graphql/limits/rules";
import { MAX_PAGE_SIZE } from "../../src/graphql/pagination";
import { appSchema } from "../../src/schema";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await appSchema();
});

function parts(document: DocumentNode) {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return { operation, fragments };
}

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const { operation, fragments } = parts(parse(query));
  return estimateCost(schema, operation, fragments, variables, { defaultListSize: 10, maxPageSize: MAX_PAGE_SIZE });
}

/** The messages of the limit rules (and graphql-js's own) for a query under `limits`. */
function refusals(query: string, limits = DEFAULT_LIMITS): string[] {
  return validate(schema, parse(query, parseOptions(limits)), [...specifiedRules, ...limitRules(limits)]).map((e) => e.message);
}

describe("the cost estimate", () => {
  it("counts each object once per item of every list above it, the page size of a connection being its first", () => {
    // countries 250 + partners 250 + node 250×5 + partnerships 1 250×10 + activities 12 500 + node 12 500×5
    const page = `query Page($partners: Int!, $activities: Int!) { countries { code partners(first: $partners) { edges { node {
      id partnerships { id activities(first: $activities, orderBy: NEWEST_FIRST) { edges { node { id } } pageInfo { hasNextPage } } } } } } } }`;
    expect(cost(page, { partners: 5, activities: 5 })).toBe(250 + 250 + 1_250 + 12_500 + 12_500 + 62_500);
  });

  it("takes first from a literal, a variable or the argument's default, and the page cap when it is not a number", () => {
    expect(cost("{ actors(first: 3) { edges { node { id } } } }")).toBe(1 + 3);
    expect(cost("query($n: Int!) { actors(first: $n) { edges { node { id } } } }", { n: 7 })).toBe(1 + 7);
    expect(cost("{ actors { edges { node { id } } } }")).toBe(1 + 20);
    expect(cost("query($n: Int!) { actors(first: $n) { edges { node { id } } } }", { n: "many" })).toBe(1 + MAX_PAGE_SIZE);
  });

  it("adds the price of an analytic each time it is asked, aliases included", () => {
    expect(cost("{ brokers(first: 2) { betweenness } }")).toBe(10_000 + 2);
    expect(cost("{ a: brokers(first: 2) { betweenness } b: brokers(first: 2) { betweenness } }")).toBe(2 * (10_000 + 2));
  });

  it("counts fragments and inline fragments where they are spread", () => {
    const direct = cost("{ actors(first: 4) { edges { node { partnerships { id } } } } }");
    expect(cost("{ actors(first: 4) { edges { node { ...P } } } } fragment P on Actor { partnerships { id } }")).toBe(direct);
    expect(cost("{ actors(first: 4) { edges { node { ... on Actor { partnerships { id } } } } } }")).toBe(direct);
  });

  it("grows past any limit for the amplification that once exhausted the heap", () => {
    const amplified = `{ countries { partners(first: 100) { edges { node { partnerships { activities(first: 100) { edges { node {
      participants { partnerships { activities(first: 100) { edges { node { id } } } } } } } } } } } } } }`;
    expect(cost(amplified)).toBeGreaterThan(1e11);
  });
});

describe("the document rules", () => {
  it("refuse a selection deeper than the limit, naming the limit, the depth found and the variable", () => {
    const deep = "{ actor(id: \"a\") { " + "partnerships { foreignParties { ".repeat(10) + "id" + " } }".repeat(10) + " } }";
    expect(refusals(deep)).toEqual([`Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found 22 (GRAPHQL_MAX_DEPTH)`]);
  });

  it("refuse more aliases than the limit", () => {
    const flood = "{ " + Array.from({ length: 31 }, (_, i) => `a${i}: countries { code }`).join(" ") + " }";
    expect(refusals(flood)).toEqual([`Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found 31 (GRAPHQL_MAX_ALIASES)`]);
  });

  it("refuse more directives than the limit", () => {
    const flood = "{ " + Array.from({ length: 51 }, (_, i) => `a${i % 30}: countries @include(if: true) { code }`).slice(0, 30).join(" ") +
      " actors { edges { node { " + Array.from({ length: 21 }, (_, i) => `f${i}: id @skip(if: false)`).join(" ") + " } } } }";
    expect(refusals(flood, { ...DEFAULT_LIMITS, maxAliases: 100 })).toEqual([`Directives limit of ${DEFAULT_LIMITS.maxDirectives} exceeded, found 51 (GRAPHQL_MAX_DIRECTIVES)`]);
  });

  it("stop the parser at the token limit, long before thousands of nested braces could exhaust the stack", () => {
    expect(() => parse("{" + "a{".repeat(5_000) + "b" + "}".repeat(5_001), parseOptions(DEFAULT_LIMITS))).toThrow(
      `Syntax Error: Document contains more that ${DEFAULT_LIMITS.maxTokens} tokens. Parsing aborted.`,
    );
  });

  it("count introspection's depth too, and let the standard introspection query through", () => {
    expect(refusals(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }))).toEqual([]);
    const nested = "{ __schema { types { " + "ofType { ".repeat(20) + "name" + " }".repeat(20) + " } } }";
    expect(refusals(nested)).toEqual([`Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found 23 (GRAPHQL_MAX_DEPTH)`]);
  });
});

describe("variables", () => {
  it("are measured without recursion, stopping at the limit", () => {
    let deep: unknown = [];
    for (let i = 0; i < 300_000; i++) deep = [deep];
    expect(nestingDepth(deep, 10)).toBe(11);
    expect(nestingDepth({ period: { fromYear: 2020 }, kinds: ["NGO"] }, 10)).toBe(2);
    expect(nestingDepth(null, 10)).toBe(0);
  });
});

const MIX_ARGUMENTS = { planId: "p", fromYear: 2017, toYear: 2020, searchText: "khanh hoa", smallPartnerId: "a", farPartnerId: "b" };

/** Every GraphQL query the project shows or runs: README and docs code blocks and curl bodies, the query page's, the benchmark mix. */
function documentedQueries(): { where: string; query: string; variables: Record<string, unknown> }[] {
  const found: { where: string; query: string; variables: Record<string, unknown> }[] = [];
  const markdown = ["README.md", ...fs.readdirSync(path.join(PROJECT_ROOT, "docs")).map((f) => path.join("docs", f))].filter((f) => f.endsWith(".md"));
  for (const file of markdown) {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, file), "utf8");
    for (const [i, block] of [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].entries()) {
      // A block may hold several operations (each example of docs/writes.md), or be SDL (no operation).
      const operations = parse(block[1]).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      operations.forEach((operation, j) =>
        found.push({ where: `${file} graphql block ${i + 1}${operations.length > 1 ? ` operation ${j + 1}` : ""}`, query: print(operation), variables: {} }));
    }
    for (const [i, body] of [...text.matchAll(/-d '(\{"query".*?\})'/g)].entries()) found.push({ where: `${file} curl ${i + 1}`, query: JSON.parse(body[1]).query, variables: {} });
  }
  for (const item of queryMix(MIX_ARGUMENTS)) found.push({ where: `bench mix: ${item.name}`, query: item.service.query, variables: item.service.variables ?? {} });
  return found;
}

describe("the default limits", () => {
  it("find queries to check in the README, the query page and the benchmark mix", () => {
    const where = documentedQueries().map((q) => q.where);
    expect(where.filter((w) => w.startsWith("README.md")).length).toBeGreaterThanOrEqual(4);
    expect(where.filter((w) => w.startsWith("bench mix")).length).toBe(queryMix(MIX_ARGUMENTS).length);
  });

  it.each(documentedQueries().map((q) => [q.where, q] as const))("let %s run", (_where, { query, variables }) => {
    expect(refusals(query)).toEqual([]);
    expect(Buffer.byteLength(query)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxQueryBytes);
    expect(cost(query, variables)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });
});

describe("docs/limits.md", () => {
  it("works its examples out as the estimate does", () => {
    const page = (partners: number) => cost(`{ countries { partners(first: ${partners}) { edges { node { partnerships { activities(first: 5) { edges { node { id } } } } } } } } }`);
    expect([page(5), page(10), page(20)]).toEqual([89_250, 178_000, 355_500]);
    expect(cost("{ actors(first: 100) { edges { node { partnerships { foreignParties { partnerships { id } } } } } } }")).toBe(111_101);
  });
});
