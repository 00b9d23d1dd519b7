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
 * are counted from the same INVOLVES (tallies.ts), and compared node by node. The activities, most
 * of a large file, are written in parts by several threads (activities.ts).
 */
import os from "node:os";
import type { Dataset } from "../format";
import type { Stamp } from "../write";
import {
  actorRow, countryRows, exchangeRateRow, membershipRow, partnershipRow, permitRow, planRow, projectRow, reportRow, reviewRow,
} from "../rows";
import { type ActivityContext, partsByYear, type RunningPart, startActivityWorker, type WrittenPart, writeActivityPart } from "./activities";
import { type CountedTallies, storedTally } from "../countedTallies";
import { type BulkTables, COMMITMENT, COUNTRY, ENTITY, MEMBERSHIP, distinct, stampProps, TableWriter, withDigest } from "./tableWriter";

export type { BulkTables, EmptyLists } from "./tableWriter";

/**
 * Threads that write the activities' rows: one per core, at most four; only the main one for a
 * small file (a worker costs its start and a copy of its activities).
 */
export function activityThreads(activities: number): number {
  return activities < 20_000 ? 1 : Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * Writes every CSV file of the dataset into `dir` (which must exist and be empty). The activities
 * are written by `threads` threads (activities.ts), while this one writes its part and the records
 * after them.
 */
export async function writeBulkTables(dataset: Dataset, dir: string, stamp: Stamp, onTable: (name: string, rows: number) => void = () => {},
  threads = activityThreads(dataset.activities.length)): Promise<BulkTables> {
  const writer = new TableWriter(dir, stampProps(stamp));

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

  const foreignActors: ActivityContext["foreignActors"] = new Map();
  const actors = writer.nodes("actors", ["Actor", "Entity"], "id", ENTITY);
  const inCountry = writer.relationships("IN_COUNTRY", ENTITY, COUNTRY);
  const partOf = writer.relationships("PART_OF", ENTITY, ENTITY);
  const succeededBy = writer.relationships("SUCCEEDED_BY", ENTITY, ENTITY);
  for (const a of dataset.actors) {
    const row = actorRow(a);
    actors.addEntity(withDigest(row));
    if (a.side === "FOREIGN") foreignActors.set(a.id, { id: a.id, kind: a.kind, country: a.country });
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

  // The activities, in parts of whole years: the first here, the others in workers meanwhile.
  const context: ActivityContext = { dir, stamp, numbered: writer.numbers.numbered(ENTITY), foreignActors, foreignParties, countries: countryCodes };
  let first = writer.numbers.reserve(dataset.activities.length);
  const parts = partsByYear(dataset.activities, threads).map((activities, index) => {
    const part = { index, first, activities };
    first += activities.length;
    return part;
  });
  const workers: RunningPart[] = [];
  const tallies: CountedTallies[] = [];
  const adopt = ({ tables, tallies: counted }: WrittenPart) => {
    writer.adopt(tables);
    tallies.push(counted);
  };
  try {
    for (const part of parts.slice(1)) workers.push(startActivityWorker(context, part));
    if (parts.length > 0) adopt(writeActivityPart(context, parts[0]));
    writeLaterRecords(dataset, writer, onTable);
    for (const written of await Promise.all(workers.map((worker) => worker.result))) adopt(written);
  } finally {
    for (const worker of workers) worker.stop();
  }
  onTable("activities", writer.rows("activities"));
  for (const [name, label, kind] of [
    ["activity tallies", "ActivityTally", "activity"],
    ["country tallies", "CountryActivityTally", "country"],
    ["partner tallies", "PartnerActivityTally", "partner"],
  ] as const) {
    const table = writer.nodes(name.replace(" ", "-"), [label], null, null, false);
    for (const part of tallies) for (const tally of part[kind]) table.addTally(storedTally(tally));
    onTable(name, table.rows);
  }
  return writer.close();
}

/** The records after the activities: projects, reviews, reports and permits (their INVOLVES join the activities'). */
function writeLaterRecords(dataset: Dataset, writer: TableWriter, onTable: (name: string, rows: number) => void): void {
  const under = writer.relationships("UNDER", ENTITY, ENTITY);
  const involves = writer.relationships("INVOLVES", ENTITY, ENTITY);
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
}
