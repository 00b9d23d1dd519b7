/**
 * Writes the Cypher of a read from its plan. The text is made of the relations' fragment files
 * (cypher/relations/), a fixed frame and the stored properties to return (names the schema declares);
 * everything a client's values vary (keys, page sizes, cursors) is a parameter. Each level's nodes are named by depth (`n0` the
 * start, `n1` below it…), each branch's parameters by its position (`limit0`, `after0`…).
 *
 * Objects by key, with the relations below them:
 *
 *   UNWIND $keys AS key
 *   MATCH (n0:Partnership {id: key})
 *   RETURN key, [COLLECT { <fragment of Partnership.activities: n0 → n1>
 *                          RETURN <projection of n1> AS row }] AS children
 *
 * A level with relations below it nests their COLLECTs in its rows: `[<projection>, [COLLECT …]]`.
 * Rows are lists, not maps (`{node: …, children: …}`): the driver decodes a map's keys again for
 * every row, and a page returns thousands of rows (BENCHMARKS.md, "Per-request work").
 * The per-request loader of a relation is this query with one branch; a nested read, the whole tree.
 */
import { cypher } from "../../db/cypher";
import { toNeo4jInt } from "../../db/mapping";
import type { EntityType } from "./entity";
import type { RelationRead } from "./page";
import type { Branch } from "./plan";
import type { Projections } from "./projection";

export interface Statement {
  /** Names the statement in logs and metrics: its start and the tree of relations read, e.g. `Country{partners{partnerships}}`. */
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/**
 * Where a read starts: objects by key (with their own values or not; `archived`: archived objects of
 * the type instead of live ones, which carry the label Archived in place of the type's), or a root
 * list read by a fragment of its own.
 */
export type Start =
  | { type: EntityType; keys: readonly string[]; withNode: boolean; archived?: boolean }
  | { type: EntityType; fragment: string };

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** A fragment file with its placeholders filled in; a placeholder it has no value for is a programming error. */
export function placeFragment(name: string, values: Readonly<Record<string, string>>): string {
  return cypher(name)
    .replace(/^\s*\/\/.*$/gm, "")
    .trim()
    .replace(PLACEHOLDER, (_match, placeholder: string) => {
      const value = values[placeholder];
      if (value === undefined) throw new Error(`cypher/${name}.cypher: no value for {{${placeholder}}} here`);
      return value;
    });
}

/**
 * The list of a node's returned values: the properties this request selects of its type, named in
 * the text (`[n1.id, n1.title, toString(n1.date)]`), in the order `Projection.row` reads them back.
 * Named rather than looked up from a parameter list (`[p IN $properties | n1[p]]`): the lookup
 * cost Neo4j a tenth to a sixth more CPU on the benchmark's page (BENCHMARKS.md, "Throughput at 16 clients").
 * The names are the type's declared stored properties (`EntityType.fields`), never a client's
 * words, and each is checked to be a plain identifier before it is written.
 */
function projection(type: EntityType, variable: string, projections: Projections): string {
  const { properties, dates } = projections.of(type).params;
  const values = [
    ...properties.map((p) => `${variable}.${identifier(p)}`),
    ...dates.map((p) => `toString(${variable}.${identifier(p)})`),
  ];
  return `[${values.join(", ")}]`;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

function identifier(property: string): string {
  if (!IDENTIFIER.test(property)) throw new Error(`not a stored property name: ${JSON.stringify(property)}`);
  return property;
}

const fieldName = (branch: Branch) => branch.read.relation.name.slice(branch.read.relation.name.indexOf(".") + 1);

function treeName(branches: readonly Branch[]): string {
  return branches.length ? `{${branches.map((b) => fieldName(b) + treeName(b.children)).join(",")}}` : "";
}

/**
 * The query reading the start's objects and every branch below them. `afterKeys`: the sort keys
 * looked up for the reads whose order has an `afterKey` statement (engine.ts); other pages continue
 * after their cursor's id.
 */
export function composeRead(
  start: Start,
  branches: readonly Branch[],
  projections: Projections,
  afterKeys: ReadonlyMap<RelationRead, unknown> = new Map(),
): Statement {
  const params: Record<string, unknown> = {};
  let position = 0;
  const collects = (list: readonly Branch[], depth: number): string =>
    list
      .map((branch) => {
        const at = position++;
        const values: Record<string, string> = { parent: `n${depth}`, node: `n${depth + 1}` };
        if (branch.read.limit !== null) {
          params[`limit${at}`] = toNeo4jInt(branch.read.limit);
          values.limit = `$limit${at}`;
        }
        if (branch.read.page) {
          params[`after${at}`] = branch.read.afterKey ? (afterKeys.get(branch.read) ?? null) : branch.read.page.after;
          values.after = `$after${at}`;
        }
        const node = projection(branch.read.relation.to, values.node, projections);
        // A row of the last level is its node's list alone (a page reads thousands of them).
        const row = branch.children.length ? `[${node}, [${collects(branch.children, depth + 1)}]]` : node;
        return ["COLLECT {", placeFragment(branch.read.fragment, values), `RETURN ${row} AS row`, "}"].join("\n");
      })
      .join(",\n");
  const children = branches.length ? `[${collects(branches, 0)}] AS children` : null;
  let lines: string[];
  if ("keys" in start) {
    params.keys = start.keys;
    const node = start.withNode ? `${projection(start.type, "n0", projections)} AS node` : null;
    if (start.archived) params.archivedType = start.type.typeName;
    lines = [
      "UNWIND $keys AS key",
      start.archived
        ? `MATCH (n0:Entity {${start.type.key}: key}) WHERE n0:Archived AND n0.archivedType = $archivedType`
        : `MATCH (n0:${start.type.typeName} {${start.type.key}: key})`,
      `RETURN ${["key", node, children].filter((part) => part !== null).join(", ")}`,
    ];
  } else {
    const node = `${projection(start.type, "n0", projections)} AS node`;
    lines = [placeFragment(start.fragment, { node: "n0" }), `RETURN ${[node, children].filter((part) => part !== null).join(", ")}`];
  }
  const head = "keys" in start ? (start.archived ? `Archived${start.type.typeName}` : start.type.typeName) : start.fragment;
  return { name: head + treeName(branches), text: lines.join("\n"), params };
}

/** The query counting a relation's items below each key (a connection's `totalCount`). */
export function composeCount(from: EntityType, fragment: string, name: string, keys: readonly string[]): Statement {
  return {
    name: `${from.typeName}{${name.slice(name.indexOf(".") + 1)}.count}`,
    text: [
      "UNWIND $keys AS key",
      `MATCH (n0:${from.typeName} {${from.key}: key})`,
      `RETURN key, COUNT { ${placeFragment(fragment, { parent: "n0", node: "n1" })} } AS total`,
    ].join("\n"),
    params: { keys },
  };
}
