/**
 * The CSV tables of one bulk import, in one folder: a table per node kind and per relationship type
 * between two ID spaces, each a group of the importer's (`--nodes`, `--relationships`). A table may
 * be written in parts by several threads (activities.ts writes the activities so): each thread's
 * TableWriter gives its files as parts (`closeParts`), which the main one adopts and closes with
 * its own, one header per group.
 */
import path from "node:path";
import { type CsvFiles, type CsvPart, groupFiles, NodeCsv, NodeNumbers, RelationshipCsv } from "./csv";
import { rowHash } from "../rows";
import type { Stamp } from "../write";
import { toNeo4jInt } from "../../db/mapping";

/** ID spaces of the nodes' numbers (csv.ts, NodeNumbers): ids are unique across the dataset's records, not across these. */
export const ENTITY = "Entity";
export const COUNTRY = "Country";
export const MEMBERSHIP = "Membership";
export const COMMITMENT = "Commitment";

/** One `--nodes` group: its labels and files. */
export interface NodeGroup extends CsvFiles {
  labels: string[];
}

/** One `--relationships` group. */
export interface RelationshipGroup extends CsvFiles {
  type: string;
}

/** Properties holding an empty list, which the importer cannot write, by node. */
export interface EmptyLists {
  /** The keys (sorted, joined by ",") → ids of :Entity nodes that hold an empty list under each of those keys. */
  entities: Map<string, string[]>;
  /** The same for :Commitment nodes (a commitment's `activityKinds`). */
  commitments: Map<string, string[]>;
  /** Some tally holds empty funds lists (none of its activities is funded): tallies have no id, they are found by label. */
  tallies: boolean;
}

export interface BulkTables {
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  emptyLists: EmptyLists;
  nodeCount: number;
  relationshipCount: number;
}

/** The tables a thread wrote, as parts of the main writer's groups: plain data, which a worker can send. */
export interface TableParts {
  nodes: { name: string; labels: string[]; part: CsvPart }[];
  relationships: { key: string; type: string; part: CsvPart }[];
  emptyLists: { entities: [string, string[]][]; commitments: [string, string[]][]; tallies: boolean };
}

/** Each id once, as `WITH DISTINCT` in the online statements (a list of one needs no set). */
export function distinct(ids: readonly string[] | null | undefined): Iterable<string> {
  return !ids ? [] : ids.length < 2 ? ids : new Set(ids);
}

/** A record's stored properties: its row's, with the digest of the whole row (rows.ts, rowHash), as the import statements set it. */
export function withDigest<P extends { id: string }>(row: { props: P }): P & { rowHash: string } {
  return { ...row.props, rowHash: rowHash(row) };
}

/** What every record of an import carries: version 1, when, by whom (cypher/import/upsert-*.cypher). */
export function stampProps(stamp: Stamp): Record<string, unknown> {
  return { version: toNeo4jInt(1), updatedAt: stamp.at, updatedBy: stamp.by };
}

/** A node table that remembers which of its nodes hold empty lists. */
export class NodeTable {
  readonly csv: NodeCsv;
  rows = 0;

  constructor(base: string, readonly labels: string[], idKey: string | null, group: string | null, numbers: NodeNumbers,
    constant: Record<string, unknown>, private readonly empty: EmptyLists) {
    this.csv = new NodeCsv(base, idKey, group, numbers, constant);
  }

  add(props: Record<string, unknown>): void {
    if (this.csv.add(props).length > 0) throw new Error(`a ${this.labels[0]} holds an empty list, which the bulk import cannot write`);
    this.rows++;
  }

  addEntity(props: Record<string, unknown> & { id: string }): void {
    remember(this.empty.entities, this.csv.add(props), props.id);
    this.rows++;
  }

  addCommitment(props: Record<string, unknown> & { id: string }): void {
    remember(this.empty.commitments, this.csv.add(props), props.id);
    this.rows++;
  }

  addTally(props: Record<string, unknown>): void {
    if (this.csv.add(props).length > 0) this.empty.tallies = true;
    this.rows++;
  }
}

function remember(into: Map<string, string[]>, keys: string[], id: string): void {
  if (keys.length === 0) return;
  const key = keys.sort().join(",");
  const ids = into.get(key);
  if (ids) ids.push(id);
  else into.set(key, [id]);
}

function adoptIds(into: Map<string, string[]>, from: Iterable<[string, string[]]>): void {
  for (const [key, ids] of from) {
    const known = into.get(key);
    if (known) known.push(...ids);
    else into.set(key, ids);
  }
}

/** Every table of one import (or of one thread's part of it, `suffix` naming its files); relationships of a type and pair of ID spaces share a table. */
export class TableWriter {
  private readonly nodeTables = new Map<string, NodeTable>();
  private readonly relationshipTables = new Map<string, { type: string; csv: RelationshipCsv }>();
  private readonly adopted: TableParts[] = [];
  private readonly empty: EmptyLists = { entities: new Map(), commitments: new Map(), tallies: false };

  constructor(private readonly dir: string, private readonly stamp: Record<string, unknown>,
    readonly numbers = new NodeNumbers(), private readonly suffix = "") {}

  /** `stamped`: the nodes carry the import's stamp (records do; countries, rates and commitments do not). */
  nodes(name: string, labels: string[], idKey: string | null, group: string | null, stamped = true): NodeTable {
    if (this.nodeTables.has(name)) throw new Error(`node table ${name} opened twice`);
    const table = new NodeTable(path.join(this.dir, `nodes-${name}${this.suffix}`), labels, idKey, group, this.numbers, stamped ? this.stamp : {}, this.empty);
    this.nodeTables.set(name, table);
    return table;
  }

  relationships(type: string, startGroup: string, endGroup: string): RelationshipCsv {
    const key = `${type}-${startGroup}-${endGroup}`;
    let table = this.relationshipTables.get(key);
    if (!table) {
      table = { type, csv: new RelationshipCsv(path.join(this.dir, `relationships-${key}${this.suffix}`), startGroup, endGroup, this.numbers) };
      this.relationshipTables.set(key, table);
    }
    return table.csv;
  }

  /** The rows of node table `name` so far, with those of the parts adopted. */
  rows(name: string): number {
    let rows = this.nodeTables.get(name)?.rows ?? 0;
    for (const parts of this.adopted) for (const node of parts.nodes) if (node.name === name) rows += node.part.rows;
    return rows;
  }

  /** Takes a part written by another thread: closed with this writer's tables of the same names. */
  adopt(parts: TableParts): void {
    this.adopted.push(parts);
    adoptIds(this.empty.entities, parts.emptyLists.entities);
    adoptIds(this.empty.commitments, parts.emptyLists.commitments);
    this.empty.tallies ||= parts.emptyLists.tallies;
  }

  /** Closes this thread's files, for the main writer to adopt. */
  closeParts(): TableParts {
    return {
      nodes: [...this.nodeTables].map(([name, table]) => ({ name, labels: table.labels, part: table.csv.closePart() })),
      relationships: [...this.relationshipTables].map(([key, table]) => ({ key, type: table.type, part: table.csv.closePart() })),
      emptyLists: { entities: [...this.empty.entities], commitments: [...this.empty.commitments], tallies: this.empty.tallies },
    };
  }

  /** Closes every table, adopted parts included: one group per table, empty ones left out (the importer needs no file for them). */
  close(): BulkTables {
    const all = [this.closeParts(), ...this.adopted];
    this.numbers.checkEveryNodeWritten();
    const nodes = new Map<string, { labels: string[]; parts: CsvPart[] }>();
    const relationships = new Map<string, { type: string; parts: CsvPart[] }>();
    for (const parts of all) {
      for (const { name, labels, part } of parts.nodes) {
        const group = nodes.get(name) ?? { labels, parts: [] };
        group.parts.push(part);
        nodes.set(name, group);
      }
      for (const { key, type, part } of parts.relationships) {
        const group = relationships.get(key) ?? { type, parts: [] };
        group.parts.push(part);
        relationships.set(key, group);
      }
    }
    const nodeGroups: NodeGroup[] = [];
    for (const [name, { labels, parts }] of nodes) {
      const files = groupFiles(path.join(this.dir, `nodes-${name}`), parts);
      if (files) nodeGroups.push({ labels, ...files });
    }
    const relationshipGroups: RelationshipGroup[] = [];
    for (const [key, { type, parts }] of relationships) {
      const files = groupFiles(path.join(this.dir, `relationships-${key}`), parts);
      if (files) relationshipGroups.push({ type, ...files });
    }
    return {
      nodes: nodeGroups,
      relationships: relationshipGroups,
      emptyLists: this.empty,
      nodeCount: nodeGroups.reduce((n, g) => n + g.rows, 0),
      relationshipCount: relationshipGroups.reduce((n, g) => n + g.rows, 0),
    };
  }
}
