/**
 * The read engine's pure parts, without a database (src/graphql/read/): which relations a selection
 * plans (graphql-js field collection: aliases, fragments, type conditions, @skip/@include), the one
 * page rule, the Cypher composed for a plan (snapshots of the text, as the Neo4j GraphQL library's
 * TCK tests keep them), fragment placement and the loader cache.
 */
import DataLoader from "dataloader";
import { type FieldNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, Kind, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ActivityOrder } from "../../../src/graphql/enums";
import { encodeCursor } from "../../../src/graphql/pagination";
import { composeCount, composeRead, placeFragment } from "../../../src/graphql/read/compose";
import { entityType, resolved } from "../../../src/graphql/read/entity";
import { relationRead } from "../../../src/graphql/read/page";
import { type Branch, planBelow } from "../../../src/graphql/read/plan";
import { Projections } from "../../../src/graphql/read/projection";
import { CONNECTION, itemNodes, objectTypeOf, subfields, type SelectionContext } from "../../../src/graphql/read/selection";
import { SettledCache } from "../../../src/graphql/read/settledCache";
import { actorType } from "../../../src/modules/actors/actor.type";
import { countryType } from "../../../src/modules/countries/country.type";
import { countryPartners } from "../../../src/modules/countries/country.relations";
import { partnershipActivities } from "../../../src/modules/partnerships/partnership.relations";
import { partnershipType } from "../../../src/modules/partnerships/partnership.type";
import { appSchema } from "../../../src/schema";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await appSchema();
});

/** What a root resolver's info gives the planner, for the first root field of `query`. */
function rootField(query: string, variableValues: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const on: SelectionContext = { schema, fragments, variableValues };
  const node = operation.selectionSet.selections[0] as FieldNode;
  const field = schema.getQueryType()!.getFields()[node.name.value];
  return { on, document, type: objectTypeOf(field.type)!, nodes: [node] };
}

/** The plan below a root field's items, as `field(args){children}` text. */
function planOf(query: string, itemPath: readonly string[] = [], variables: Record<string, unknown> = {}): string {
  const { on, type, nodes } = rootField(query, variables);
  const items = itemNodes(on, type, nodes, itemPath);
  const text = (branches: Branch[]): string =>
    branches
      .map((b) => `${b.read.relation.name}${b.read.limit === null ? "" : `(${b.read.limit}${b.read.page?.after ? ` after ${b.read.page.after}` : ""})`}${b.children.length ? `{${text(b.children)}}` : ""}`)
      .join(" ");
  return text(planBelow(on, items.type, items.nodes));
}

const PAGE = `{ countries { code name partners(first: 5) { edges { node {
  id name partnerships { id title activities(first: 5, orderBy: NEWEST_FIRST) { edges { node { id title date } } } } } } } } }`;

describe("planning", () => {
  it("plans the page's three relations, each level below the one above", () => {
    expect(planOf(PAGE)).toBe("Country.partners(5){Actor.partnerships{Partnership.activities(5)}}");
  });

  it("reads one row more than `first` where the selection asks for pageInfo, even through a fragment", () => {
    expect(planOf(`{ countries { partners(first: 5) { ...More edges { node { id } } } } }
      fragment More on ActorConnection { pageInfo { hasNextPage } }`)).toBe("Country.partners(6)");
  });

  it("honours @skip and @include with the request's variables, as the executor does", () => {
    const query = `query ($with: Boolean!) { countries { partners(first: 2) @include(if: $with) { edges { node { id } } }
      code @skip(if: $with) } }`;
    expect(planOf(query, [], { with: true })).toBe("Country.partners(2)");
    expect(planOf(query, [], { with: false })).toBe("");
  });

  it("collects fragments on the type, on an interface it implements, and aliases with the same read once", () => {
    const query = `{ partnerships(first: 3) { edges { node { ...Parties ... on Engagement { id }
      a: domesticParties { id } b: domesticParties { name country { code } } } } } }
      fragment Parties on Partnership { foreignParties { id } }`;
    expect(planOf(query, CONNECTION)).toBe("Partnership.foreignParties Partnership.domesticParties{Actor.country}");
    const { on, type, nodes } = rootField(query);
    const partnership = itemNodes(on, type, nodes, CONNECTION);
    expect([...subfields(on, partnership.type, partnership.nodes).keys()]).toEqual(["foreignParties", "id", "a", "b"]);
  });

  it("keeps aliases with different arguments apart, and carries a cursor into the read", () => {
    const after = encodeCursor("ac-00003");
    expect(planOf(`{ countries { few: partners(first: 1) { edges { node { id } } } next: partners(first: 2, after: "${after}") { edges { node { id } } } } }`))
      .toBe("Country.partners(1) Country.partners(2 after ac-00003)");
  });

  it("leaves a field with bad paging arguments to its resolver, which reports them", () => {
    expect(planOf(`{ countries { partners(first: 500) { edges { node { id } } } } }`)).toBe("");
    expect(planOf(`{ countries { partners(first: 2, after: "not a cursor") { edges { node { id } } } } }`)).toBe("");
  });

  it("stops at four levels below the root", () => {
    expect(planOf(`{ actors(first: 1) { edges { node { partnerships { domesticParties { partnerships { domesticParties { partnerships { id } } } } } } } } }`, CONNECTION))
      .toBe("Actor.partnerships{Partnership.domesticParties{Actor.partnerships{Partnership.domesticParties}}}");
  });
});

describe("the page rule", () => {
  it("reads `first` rows, or one more when the selection asks whether more follow", () => {
    expect(relationRead(countryPartners, { first: 5 }, false).limit).toBe(5);
    expect(relationRead(countryPartners, { first: 5 }, true).limit).toBe(6);
  });

  it("picks the fragment of the order asked for, and refuses a cursor of another order, naming `after`", () => {
    const newest = relationRead(partnershipActivities, { first: 2, orderBy: ActivityOrder.NEWEST_FIRST }, false);
    expect(newest.fragment).toBe("relations/partnerships/activities-newest");
    expect(() => relationRead(partnershipActivities, { first: 2, after: encodeCursor("a-1", "id"), orderBy: ActivityOrder.NEWEST_FIRST }, false))
      .toThrow(/after.*another order/);
  });

  it("refuses a page size beyond the cap, naming `first`", () => {
    expect(() => relationRead(countryPartners, { first: 101 }, false)).toThrow(/first.*between 0 and 100/);
  });
});

describe("composed Cypher", () => {
  function composedPage() {
    const { on, document, type, nodes } = rootField(PAGE);
    const projections = new Projections();
    projections.select(schema, document);
    const items = itemNodes(on, type, nodes, []);
    return composeRead({ type: countryType, fragment: "roots/countries" }, planBelow(on, items.type, items.nodes), projections);
  }

  it("reads the page in one statement made of the relations' fragments, the selected properties named, every client value a parameter", () => {
    const statement = composedPage();
    expect(statement.name).toBe("roots/countries{partners{partnerships{activities}}}");
    expect(statement.text).toMatchInlineSnapshot(`
      "MATCH (n0:Country)
      WITH n0 ORDER BY n0.code
      RETURN [n0.code, n0.name] AS node, [COLLECT {
      MATCH (n1:Actor)
      WHERE n1.country = n0.code AND n1.side = 'FOREIGN' AND n1.id > coalesce($after0, '')
      WITH n1 ORDER BY n1.country, n1.side, n1.id LIMIT $limit0
      RETURN [[n1.id, n1.name], [COLLECT {
      MATCH (n1)<-[:DOMESTIC_PARTY|FOREIGN_PARTY]-(n2:Partnership)
      WITH DISTINCT n2 ORDER BY n2.id
      RETURN [[n2.id, n2.title], [COLLECT {
      MATCH (n3:Activity)
      WHERE n3.partnershipId = n2.id
        AND n3.date <= coalesce(date($after2[0]), date('9999-12-31'))
        AND n3.id IS NOT NULL
        AND ($after2 IS NULL OR n3.date < date($after2[0]) OR (n3.date = date($after2[0]) AND n3.id < $after2[1]))
      WITH n3 ORDER BY n3.partnershipId DESC, n3.date DESC, n3.id DESC LIMIT $limit2
      RETURN [n3.id, n3.title, toString(n3.date)] AS row
      }]] AS row
      }]] AS row
      }] AS children"
    `);
    expect(statement.params).toMatchInlineSnapshot(`
      {
        "after0": null,
        "after2": null,
        "limit0": Integer {
          "high": 0,
          "low": 5,
        },
        "limit2": Integer {
          "high": 0,
          "low": 5,
        },
      }
    `);
  });

  it("writes only plain identifiers as property names: a declared name that is not one is refused", () => {
    const odd = entityType("Partnership", "id", { title: resolved("title} RETURN 1 //") }, []);
    const projections = new Projections();
    expect(() => composeRead({ type: odd, keys: ["ps-1"], withNode: true }, [], projections)).toThrow(/not a stored property name/);
    const statement = composeRead({ type: partnershipType, keys: ["ps-1"], withNode: true }, [], projections);
    expect(statement.text).toContain("toString(n0.signedOn)");
    expect(statement.params).toEqual({ keys: ["ps-1"] });
  });

  it("a loader's statement is the same frame with one branch", () => {
    const read = relationRead(partnershipActivities, { first: 3, after: encodeCursor("a-9"), orderBy: ActivityOrder.ID }, true);
    const statement = composeRead({ type: partnershipType, keys: ["ps-1", "ps-2"], withNode: false }, [{ read, children: [] }], new Projections());
    expect(statement.name).toBe("Partnership{activities}");
    expect(statement.text).toMatchInlineSnapshot(`
      "UNWIND $keys AS key
      MATCH (n0:Partnership {id: key})
      RETURN key, [COLLECT {
      MATCH (n1:Activity)
      WHERE n1.partnershipId = n0.id AND n1.id > coalesce($after0, '')
      WITH n1 ORDER BY n1.partnershipId, n1.id LIMIT $limit0
      RETURN [n1.id, n1.version, n1.updatedAt, n1.updatedBy, n1.archivedAt, n1.archivedBy, n1.archiveReason, n1.kind, n1.title, n1.titleVi, n1.sectors, n1.fundsAmount, n1.fundsCurrency, n1.outcome, n1.delegationSize, toString(n1.date), toString(n1.endDate)] AS row
      }] AS children"
    `);
    expect({ keys: statement.params.keys, limit0: String(statement.params.limit0), after0: statement.params.after0 }).toEqual({ keys: ["ps-1", "ps-2"], limit0: "4", after0: "a-9" });
  });

  it("continues a newest-first page after the sort key looked up for its cursor, a parameter", () => {
    const read = relationRead(partnershipActivities, { first: 2, after: encodeCursor("a-9", "newest"), orderBy: ActivityOrder.NEWEST_FIRST }, false);
    expect(read.afterKey).toBe("relations/partnerships/activities-newest-after");
    const statement = composeRead({ type: partnershipType, keys: ["ps-1"], withNode: false }, [{ read, children: [] }], new Projections(), new Map([[read, ["2020-05-01", "a-9"]]]));
    expect(statement.params.after0).toEqual(["2020-05-01", "a-9"]);
    expect(statement.text).toContain("n1.date <= coalesce(date($after0[0]), date('9999-12-31'))");
  });

  it("objects by key, and a relation counted", () => {
    expect(composeRead({ type: actorType, keys: ["a-1"], withNode: true }, [], new Projections()).text).toMatchInlineSnapshot(`
      "UNWIND $keys AS key
      MATCH (n0:Actor {id: key})
      RETURN key, [n0.id, n0.version, n0.updatedAt, n0.updatedBy, n0.archivedAt, n0.archivedBy, n0.archiveReason, n0.kind, n0.side, n0.name, n0.nameVi, n0.country, n0.level, n0.website, n0.contactName, n0.contactEmail, n0.contactPhone, toString(n0.validFrom), toString(n0.validTo)] AS node"
    `);
    expect(composeCount(countryType, countryPartners.count, countryPartners.name, ["JP"]).text).toMatchInlineSnapshot(`
      "UNWIND $keys AS key
      MATCH (n0:Country {code: key})
      RETURN key, COUNT { MATCH (n1:Actor {country: n0.code}) WHERE n1.side = 'FOREIGN' } AS total"
    `);
  });

  it("fills a fragment's placeholders and nothing else, and refuses one it has no value for", () => {
    expect(placeFragment("relations/actors/parent", { parent: "n3", node: "n4" })).toBe("MATCH (n3)-[:PART_OF]->(n4:Actor)\nWITH n4 ORDER BY n4.id");
    expect(() => placeFragment("relations/countries/partners", { parent: "n0", node: "n1" })).toThrow(/no value for \{\{after\}\}/);
  });
});

describe("the loader cache", () => {
  it("gives a primed value at once, and a loaded one once its promise has settled", async () => {
    const cache = new SettledCache<string>();
    const loader = new DataLoader<string, string>(async (keys) => keys.map((k) => `loaded ${k}`), { cacheMap: cache });
    cache.prime("a", "primed a");
    expect([cache.isSettled("a"), cache.value("a")]).toEqual([true, "primed a"]);
    expect(await loader.load("a")).toBe("primed a");
    const loading = loader.load("b");
    expect(cache.isSettled("b")).toBe(false);
    expect(await loading).toBe("loaded b");
    expect([cache.isSettled("b"), cache.value("b")]).toEqual([true, "loaded b"]);
    cache.prime("b", "ignored");
    expect(cache.value("b")).toBe("loaded b");
  });
});

it("every relation field of the schema resolves through a declared relation of its own type", () => {
  const declared: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !("getFields" in type) || !objectTypeOf(type as GraphQLObjectType)) continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const relation = field.extensions?.relation as { name: string; from: { typeName: string } } | undefined;
      if (!relation) continue;
      expect(relation.name).toBe(`${type.name}.${field.name}`);
      declared.push(relation.name);
    }
  }
  expect(declared.length).toBeGreaterThanOrEqual(30);
});
