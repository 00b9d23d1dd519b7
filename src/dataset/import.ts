/**
 * Imports a `partner-network/v1` dataset into Neo4j (SPEC "Import semantics").
 * One transaction, all or nothing: the references to records already in the graph are looked up
 * and every rule is checked inside it before anything is written; `replace` wipes the graph in the
 * same transaction. Records are upserted by id with batched `UNWIND` statements, so importing the
 * same file twice changes nothing.
 */
import type { Database, Transaction } from "../db/database";
import { toNeo4jDate, toNeo4jInt } from "../db/mapping";
import { KNOWN_COUNTRIES } from "../domain/countries";
import { actorSearchText } from "../domain/fold";
import type { Dataset } from "./format";
import {
  type DatasetProblem, type EntityRef, type EntityType, checkIntegrity, formatProblem, idsToLookUp,
  membershipKey, parseDataset,
} from "./validate";

export interface ImportOptions {
  /** Wipe the graph first (in the same transaction). */
  replace?: boolean;
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Progress lines for long imports. */
  onProgress?: (line: string) => void;
}

export type ImportCounts = Record<keyof Dataset | "tasks", number>;

/** The dataset broke the rules; nothing was written. */
export class DatasetRejected extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(`The dataset was rejected (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written:\n` +
      problems.map((p) => "  " + formatProblem(p)).join("\n"));
    this.name = "DatasetRejected";
  }
}

const LABEL_TO_TYPE: Record<string, EntityType> = {
  Actor: "actor", Partnership: "partnership", Activity: "activity", Project: "project",
  Review: "review", Plan: "plan", Task: "task", Report: "report",
};

export async function importDataset(db: Database, raw: unknown, options: ImportOptions = {}): Promise<ImportCounts> {
  const { dataset, problems, malformedIds } = parseDataset(raw);
  const progress = options.onProgress ?? (() => {});
  const batchSize = options.batchSize ?? 1000;

  return db.writeTransaction(async (tx) => {
    const existing = options.replace ? { entities: new Map<string, EntityRef>(), countries: new Set<string>() } : await readExisting(tx, dataset);
    const allProblems = [
      ...problems,
      ...checkIntegrity(dataset, { entities: existing.entities, countries: new Set([...KNOWN_COUNTRIES.keys(), ...existing.countries]) }, malformedIds),
    ];
    if (allProblems.length > 0) throw new DatasetRejected(allProblems);

    if (options.replace) {
      progress("Wiping the graph (--replace)…");
      await tx.run("import/wipe");
    }
    const write = async (label: string, statement: string, rows: unknown[]) => {
      for (let i = 0; i < rows.length; i += batchSize) {
        await tx.run(statement, { rows: rows.slice(i, i + batchSize) });
        progress(`${label}: ${Math.min(i + batchSize, rows.length)}/${rows.length}`);
      }
    };
    await write("countries", "import/upsert-countries", countryRows(dataset, existing.countries));
    await write("exchange rates", "import/upsert-exchange-rates", dataset.exchangeRates.map((r) => ({ ...r, year: toNeo4jInt(r.year) })));
    const actors = dataset.actors.map(actorRow);
    await write("actors", "import/upsert-actors", actors);
    await write("actor relations", "import/link-actors", actors);
    await write("memberships", "import/upsert-memberships", dataset.memberships.map(membershipRow));
    await write("partnerships", "import/upsert-partnerships", dataset.partnerships.map(partnershipRow));
    await write("activities", "import/upsert-activities", dataset.activities.map(activityRow));
    await write("projects", "import/upsert-projects", dataset.projects.map(projectRow));
    await write("reviews", "import/upsert-reviews", dataset.reviews.map(reviewRow));
    await write("plans", "import/upsert-plans", dataset.plans.map(planRow));
    await write("reports", "import/upsert-reports", dataset.reports.map(reportRow));
    await write("actor graph", "import/link-involvement", await engagementsToRelink(tx, dataset));
    return counts(dataset);
  });
}

/** Engagements of the file, and stored ones whose INVOLVES relations the file may change. */
async function engagementsToRelink(tx: Transaction, dataset: Dataset): Promise<string[]> {
  const ids = new Set<string>([
    ...dataset.partnerships.map((p) => p.id),
    ...dataset.activities.map((a) => a.id),
    ...dataset.projects.map((p) => p.id),
    ...dataset.memberships.map(membershipKey),
  ]);
  const rows = await tx.run("import/engagements-to-relink", {
    partnershipIds: dataset.partnerships.map((p) => p.id),
    actorIds: dataset.actors.map((a) => a.id),
  });
  for (const row of rows) ids.add(String(row.id));
  return [...ids];
}

/** Types of the ids the file references or defines that are already in the graph, and the stored countries. */
async function readExisting(tx: Transaction, dataset: Dataset): Promise<{ entities: Map<string, EntityRef>; countries: Set<string> }> {
  const ids = idsToLookUp(dataset);
  const entities = new Map<string, EntityRef>();
  const batch = 10000;
  for (let i = 0; i < ids.length; i += batch) {
    for (const row of await tx.run("import/lookup-entities", { ids: ids.slice(i, i + batch) })) {
      const type = LABEL_TO_TYPE[String(row.label)];
      if (type) entities.set(String(row.id), { type, side: (row.side ?? undefined) as EntityRef["side"], kind: (row.kind ?? undefined) as string | undefined });
    }
  }
  const countries = new Set((await tx.run("import/country-codes")).map((r) => String(r.code)));
  return { entities, countries };
}

/** The file's countries, plus the known ISO countries it uses that the graph does not hold yet. */
function countryRows(dataset: Dataset, stored: ReadonlySet<string>) {
  const rows = dataset.countries.map((c) => ({ code: c.code, name: c.name, nameVi: c.nameVi ?? null, region: c.region, asean: c.asean }));
  const listed = new Set(rows.map((r) => r.code));
  const used = [...dataset.actors.map((a) => a.country), ...dataset.plans.flatMap((p) => p.priorityCountries)];
  for (const code of new Set(used)) {
    const known = KNOWN_COUNTRIES.get(code);
    if (!listed.has(code) && !stored.has(code) && known) rows.push({ ...known });
  }
  return rows;
}

const list = <T>(value: T[] | null | undefined): T[] => value ?? [];

function actorRow(a: Dataset["actors"][number]) {
  return {
    props: {
      id: a.id, kind: a.kind, side: a.side, name: a.name, nameVi: a.nameVi ?? null, country: a.country,
      level: a.level ?? null, validFrom: toNeo4jDate(a.validFrom), validTo: toNeo4jDate(a.validTo),
      website: a.website ?? null, contactName: a.contact?.name ?? null, contactEmail: a.contact?.email ?? null,
      contactPhone: a.contact?.phone ?? null, searchText: actorSearchText(a.name, a.nameVi),
    },
    parentId: a.parentId ?? null,
    successorIds: list(a.successorIds),
  };
}

function membershipRow(m: Dataset["memberships"][number]) {
  return {
    props: { id: membershipKey(m), role: m.role ?? null, since: toNeo4jDate(m.since), until: toNeo4jDate(m.until) },
    memberId: m.memberId,
    organizationId: m.organizationId,
  };
}

function partnershipRow(p: Dataset["partnerships"][number]) {
  return {
    props: {
      id: p.id, kind: p.kind, title: p.title, signedOn: toNeo4jDate(p.signedOn), endedOn: toNeo4jDate(p.endedOn),
      sectors: list(p.sectors),
    },
    domesticPartyIds: p.domesticPartyIds,
    foreignPartyIds: p.foreignPartyIds,
  };
}

function activityRow(a: Dataset["activities"][number]) {
  return {
    props: {
      id: a.id, kind: a.kind, title: a.title, date: toNeo4jDate(a.date), endDate: toNeo4jDate(a.endDate),
      sectors: list(a.sectors), fundsAmount: a.funds?.amount ?? null, fundsCurrency: a.funds?.currency ?? null,
      outcome: a.outcome ?? null,
    },
    partnershipId: a.partnershipId ?? null,
    organizerIds: a.organizerIds,
    participantIds: list(a.participantIds),
  };
}

function projectRow(p: Dataset["projects"][number]) {
  return {
    props: {
      id: p.id, title: p.title, status: p.status, fundingType: p.fundingType, startOn: toNeo4jDate(p.startOn),
      endOn: toNeo4jDate(p.endOn), sectors: list(p.sectors), dacCode: p.dacCode ?? null,
      committedAmount: p.committed.amount, committedCurrency: p.committed.currency,
      disbursedAmount: p.disbursed?.amount ?? null, disbursedCurrency: p.disbursed?.currency ?? null,
    },
    partnershipId: p.partnershipId ?? null,
    funderIds: p.funderIds,
    implementerIds: p.implementerIds,
    localityIds: list(p.localityIds),
  };
}

function reviewRow(r: Dataset["reviews"][number]) {
  return {
    props: {
      id: r.id, year: toNeo4jInt(r.year), score: toNeo4jInt(r.score), recommendation: r.recommendation,
      reviewedOn: toNeo4jDate(r.reviewedOn), findings: r.findings ?? null,
    },
    partnershipId: r.partnershipId,
    reviewerId: r.reviewerId,
  };
}

function planRow(p: Dataset["plans"][number]) {
  return {
    props: {
      id: p.id, title: p.title, titleVi: p.titleVi ?? null, documentNumber: p.documentNumber ?? null,
      issuedOn: toNeo4jDate(p.issuedOn), fromYear: toNeo4jInt(p.fromYear), toYear: toNeo4jInt(p.toYear),
      reportDeadline: p.reportDeadline ?? "12-15", priorityCountries: p.priorityCountries,
    },
    issuerId: p.issuerId,
    priorityCountries: p.priorityCountries,
    tasks: p.tasks.map((t) => ({
      props: { id: t.id, title: t.title, titleVi: t.titleVi ?? null, sectors: list(t.sectors) },
      assigneeIds: t.assigneeIds,
    })),
  };
}

function reportRow(r: Dataset["reports"][number]) {
  return {
    props: { id: r.id, year: toNeo4jInt(r.year), submittedOn: toNeo4jDate(r.submittedOn), summary: r.summary ?? null },
    planId: r.planId,
    unitId: r.unitId,
  };
}

function counts(d: Dataset): ImportCounts {
  return {
    countries: d.countries.length, exchangeRates: d.exchangeRates.length, actors: d.actors.length,
    memberships: d.memberships.length, partnerships: d.partnerships.length, activities: d.activities.length,
    projects: d.projects.length, reviews: d.reviews.length, plans: d.plans.length,
    tasks: d.plans.reduce((n, p) => n + p.tasks.length, 0), reports: d.reports.length,
  };
}
