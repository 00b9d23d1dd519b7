/**
 * A checked dataset → the CSV files of a bulk import: the graph an online import writes
 * (cypher/import/upsert-*.cypher, link-actors, link-involvement), node by node and relationship by
 * relationship, into an empty store. Node properties are the rows of the online import
 * (src/dataset/rows.ts) plus the stamp it sets (version 1, updatedAt, updatedBy), so both paths
 * store the same values with the same types.
 *
 * INVOLVES (the actor graph, cypher/import/link-involvement.cypher) is written here too: running
 * that statement after the import would cost more than the rest of the import together. It is
 * the same rule, applied to the file's records: a partnership's parties; an activity's organisers,
 * its FOREIGN participants and the foreign parties of its partnership; a project's funders,
 * implementers and localities; a membership's member and organisation. The bulk import test
 * compares the result with an online import's, relationship by relationship. The coverage tallies
 * are counted here from the same INVOLVES (tallies.ts), and compared node by node.
 */
import fs from "node:fs";
import path from "node:path";
import type { Dataset } from "../format";
import type { Stamp } from "../write";
import {
  activityRow, actorRow, countryRows, exchangeRateRow, membershipRow, partnershipRow, permitRow, planRow, projectRow, reportRow, reviewRow, rowHash,
} from "../rows";
import { type CsvFiles, NodeCsv, NodeNumbers, RelationshipCsv } from "./csv";
import { TallyCounter, type TallyPartner } from "./tallies";
import { toNeo4jInt } from "../../db/mapping";

/** ID spaces of the nodes' numbers (csv.ts, NodeNumbers): ids are unique across the dataset's records, not across these. */
const ENTITY = "Entity";
const COUNTRY = "Country";
const MEMBERSHIP = "Membership";
const COMMITMENT = "Commitment";

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

/** Writes every CSV file of the dataset into `dir` (which must exist and be empty). */
export function writeBulkTables(dataset: Dataset, dir: string, stamp: Stamp, onTable: (name: string, rows: number) => void = () => {}): BulkTables {
  // What every record of an import carries: version 1, when, by whom (cypher/import/upsert-*.cypher).
  const writer = new TableWriter(dir, { version: toNeo4jInt(1), updatedAt: stamp.at, updatedBy: stamp.by });
  // Each id once, as `WITH DISTINCT` in the online statements (a list of one needs no set).
  const distinct = (ids: readonly string[] | null | undefined): Iterable<string> => (!ids ? [] : ids.length < 2 ? ids : new Set(ids));

  const countries = writer.nodes("countries", ["Country"], "code", COUNTRY, false);
  const countryCodes = new Set<string>();
  for (const row of countryRows(dataset, new Set())) {
    countries.add(row);
    countryCodes.add(row.code);
  }
  onTable("countries", countries.rows);

  const rates = writer.nodes("exchange-rates", ["ExchangeRate"], null, null, false);
  for (const r of dataset.exchangeRates) rates.add(exchangeRateRow(r));
  onTable("exchange rates", rates.rows);

  const tallies = new TallyCounter(countryCodes);
  /** The FOREIGN actors, each as the tallies count it. */
  const foreignActors = new Map<string, TallyPartner>();
  const actors = writer.nodes("actors", ["Actor", "Entity"], "id", ENTITY);
  const inCountry = writer.relationships("IN_COUNTRY", ENTITY, COUNTRY);
  const partOf = writer.relationships("PART_OF", ENTITY, ENTITY);
  const succeededBy = writer.relationships("SUCCEEDED_BY", ENTITY, ENTITY);
  for (const a of dataset.actors) {
    const row = actorRow(a);
    actors.addEntity(withDigest(row));
    if (a.side === "FOREIGN") foreignActors.set(a.id, tallies.partner(a));
    inCountry.add(a.id, a.country);
    if (row.parentId) partOf.add(a.id, row.parentId);
    for (const id of distinct(row.successorIds)) succeededBy.add(a.id, id);
  }
  onTable("actors", actors.rows);

  // INVOLVES from engagements of two ID spaces: memberships have their own.
  const involves = writer.relationships("INVOLVES", ENTITY, ENTITY);
  const memberships = writer.nodes("memberships", ["Membership", "Engagement"], "id", MEMBERSHIP);
  const member = writer.relationships("MEMBER", MEMBERSHIP, ENTITY);
  const organization = writer.relationships("ORGANIZATION", MEMBERSHIP, ENTITY);
  const membershipInvolves = writer.relationships("INVOLVES", MEMBERSHIP, ENTITY);
  for (const m of dataset.memberships) {
    const row = membershipRow(m);
    memberships.add(row.props);
    member.add(row.props.id, row.memberId);
    organization.add(row.props.id, row.organizationId);
    for (const id of distinct([row.memberId, row.organizationId])) membershipInvolves.add(row.props.id, id);
  }
  onTable("memberships", memberships.rows);

  const plans = writer.nodes("plans", ["Plan", "Entity"], "id", ENTITY);
  const tasks = writer.nodes("tasks", ["Task", "Entity"], "id", ENTITY);
  const issuedBy = writer.relationships("ISSUED_BY", ENTITY, ENTITY);
  const priority = writer.relationships("PRIORITY", ENTITY, COUNTRY);
  const hasTask = writer.relationships("HAS_TASK", ENTITY, ENTITY);
  const assignedTo = writer.relationships("ASSIGNED_TO", ENTITY, ENTITY);
  for (const p of dataset.plans) {
    const row = planRow(p);
    plans.addEntity(withDigest(row));
    issuedBy.add(p.id, row.issuerId);
    for (const code of distinct(row.priorityCountries)) priority.add(p.id, code);
    for (const task of row.tasks) {
      tasks.addEntity(task.props);
      hasTask.add(p.id, task.props.id);
      for (const id of distinct(task.assigneeIds)) assignedTo.add(task.props.id, id);
    }
  }
  onTable("plans", plans.rows);

  const foreignParties = new Map<string, readonly string[]>();
  const partnerships = writer.nodes("partnerships", ["Partnership", "Entity", "Engagement"], "id", ENTITY);
  const commitments = writer.nodes("commitments", ["Commitment"], "id", COMMITMENT, false);
  const domesticParty = writer.relationships("DOMESTIC_PARTY", ENTITY, ENTITY);
  const foreignParty = writer.relationships("FOREIGN_PARTY", ENTITY, ENTITY);
  const hasCommitment = writer.relationships("HAS_COMMITMENT", ENTITY, COMMITMENT);
  for (const p of dataset.partnerships) {
    const row = partnershipRow(p);
    partnerships.addEntity(withDigest(row));
    const domestic = distinct(row.domesticPartyIds);
    const foreign = distinct(row.foreignPartyIds);
    for (const id of domestic) domesticParty.add(p.id, id);
    for (const id of foreign) foreignParty.add(p.id, id);
    foreignParties.set(p.id, [...foreign]);
    for (const c of row.commitments) {
      commitments.addCommitment(c);
      hasCommitment.add(p.id, c.id);
    }
    for (const id of new Set([...domestic, ...foreign])) involves.add(p.id, id);
  }
  onTable("partnerships", partnerships.rows);

  const activities = writer.nodes("activities", ["Activity", "Entity", "Engagement"], "id", ENTITY);
  const under = writer.relationships("UNDER", ENTITY, ENTITY);
  const serves = writer.relationships("SERVES", ENTITY, ENTITY);
  const organizedBy = writer.relationships("ORGANIZED_BY", ENTITY, ENTITY);
  const participant = writer.relationships("PARTICIPANT", ENTITY, ENTITY);
  for (const a of dataset.activities) {
    const row = activityRow(a);
    activities.addEntity({ ...row.props, partnershipId: row.partnershipId, rowHash: rowHash(row) }); // as upsert-activities sets them
    if (row.partnershipId) under.add(a.id, row.partnershipId);
    if (row.taskId) serves.add(a.id, row.taskId);
    const involved = new Set<string>();
    for (const id of distinct(row.organizerIds)) {
      organizedBy.add(a.id, id);
      involved.add(id);
    }
    for (const id of distinct(row.participantIds)) {
      participant.add(a.id, id);
      if (foreignActors.has(id)) involved.add(id);
    }
    if (row.partnershipId) for (const id of foreignParties.get(row.partnershipId) ?? []) involved.add(id);
    const partners: TallyPartner[] = [];
    for (const id of involved) {
      involves.add(a.id, id);
      const partner = foreignActors.get(id);
      if (partner) partners.push(partner);
    }
    tallies.add(a, partners);
  }
  onTable("activities", activities.rows);

  const projects = writer.nodes("projects", ["Project", "Entity", "Engagement"], "id", ENTITY);
  const fundedBy = writer.relationships("FUNDED_BY", ENTITY, ENTITY);
  const implementedBy = writer.relationships("IMPLEMENTED_BY", ENTITY, ENTITY);
  const locatedIn = writer.relationships("LOCATED_IN", ENTITY, ENTITY);
  for (const p of dataset.projects) {
    const row = projectRow(p);
    projects.addEntity(withDigest(row));
    if (row.partnershipId) under.add(p.id, row.partnershipId);
    const involved = new Set<string>();
    for (const [rel, ids] of [[fundedBy, row.funderIds], [implementedBy, row.implementerIds], [locatedIn, row.localityIds]] as const) {
      for (const id of distinct(ids)) {
        rel.add(p.id, id);
        involved.add(id);
      }
    }
    for (const id of involved) involves.add(p.id, id);
  }
  onTable("projects", projects.rows);

  const reviews = writer.nodes("reviews", ["Review", "Entity"], "id", ENTITY);
  const of = writer.relationships("OF", ENTITY, ENTITY);
  const reviewedBy = writer.relationships("REVIEWED_BY", ENTITY, ENTITY);
  for (const r of dataset.reviews) {
    const row = reviewRow(r);
    reviews.addEntity(withDigest(row));
    of.add(r.id, row.partnershipId);
    reviewedBy.add(r.id, row.reviewerId);
  }
  onTable("reviews", reviews.rows);

  const reports = writer.nodes("reports", ["Report", "Entity"], "id", ENTITY);
  const forPlan = writer.relationships("FOR_PLAN", ENTITY, ENTITY);
  const by = writer.relationships("BY", ENTITY, ENTITY);
  for (const r of dataset.reports) {
    const row = reportRow(r);
    reports.addEntity(withDigest(row));
    forPlan.add(r.id, row.planId);
    by.add(r.id, row.unitId);
  }
  onTable("reports", reports.rows);

  const permits = writer.nodes("permits", ["Permit", "Entity"], "id", ENTITY);
  const permitOf = writer.relationships("PERMIT_OF", ENTITY, ENTITY);
  for (const p of dataset.permits) {
    const row = permitRow(p);
    permits.addEntity(withDigest(row));
    permitOf.add(p.id, row.actorId);
  }
  onTable("permits", permits.rows);

  for (const [name, label, rows] of [
    ["activity tallies", "ActivityTally", tallies.activityTallies()],
    ["country tallies", "CountryActivityTally", tallies.countryTallies()],
    ["partner tallies", "PartnerActivityTally", tallies.partnerTallies()],
  ] as const) {
    const table = writer.nodes(name.replace(" ", "-"), [label], null, null, false);
    for (const row of rows) table.addTally(row);
    onTable(name, table.rows);
  }

  return writer.close();
}

/** A record's stored properties: its row's, with the digest of the whole row (rows.ts, rowHash), as the import statements set it. */
function withDigest<P extends { id: string }>(row: { props: P }): P & { rowHash: string } {
  return { ...row.props, rowHash: rowHash(row) };
}

/** A node table that remembers which of its nodes hold empty lists. */
class NodeTable {
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

/** Every table of one import, in one folder; relationships of a type and pair of ID spaces share a table. */
class TableWriter {
  private readonly nodeTables: NodeTable[] = [];
  private readonly relationshipTables = new Map<string, { type: string; csv: RelationshipCsv }>();
  private readonly empty: EmptyLists = { entities: new Map(), commitments: new Map(), tallies: false };
  private readonly numbers = new NodeNumbers();

  constructor(private readonly dir: string, private readonly stamp: Record<string, unknown>) {}

  /** `stamped`: the nodes carry the import's stamp (records do; countries, rates and commitments do not). */
  nodes(name: string, labels: string[], idKey: string | null, group: string | null, stamped = true): NodeTable {
    const table = new NodeTable(path.join(this.dir, `nodes-${name}`), labels, idKey, group, this.numbers, stamped ? this.stamp : {}, this.empty);
    this.nodeTables.push(table);
    return table;
  }

  relationships(type: string, startGroup: string, endGroup: string): RelationshipCsv {
    const key = `${type}-${startGroup}-${endGroup}`;
    let table = this.relationshipTables.get(key);
    if (!table) {
      table = { type, csv: new RelationshipCsv(path.join(this.dir, `relationships-${key}`), startGroup, endGroup, this.numbers) };
      this.relationshipTables.set(key, table);
    }
    return table.csv;
  }

  close(): BulkTables {
    const nodes = this.nodeTables.map((t) => ({ labels: t.labels, ...t.csv.close() }));
    const relationships = [...this.relationshipTables.values()].map((t) => ({ type: t.type, ...t.csv.close() }));
    this.numbers.checkEveryNodeWritten();
    // Empty groups are left out: the importer needs no file for them.
    const used = <T extends CsvFiles>(groups: T[]) => groups.filter((g) => {
      if (g.rows > 0) return true;
      fs.rmSync(g.header);
      fs.rmSync(g.data);
      return false;
    });
    const nodeGroups = used(nodes);
    const relationshipGroups = used(relationships);
    return {
      nodes: nodeGroups,
      relationships: relationshipGroups,
      emptyLists: this.empty,
      nodeCount: nodeGroups.reduce((n, g) => n + g.rows, 0),
      relationshipCount: relationshipGroups.reduce((n, g) => n + g.rows, 0),
    };
  }
}
