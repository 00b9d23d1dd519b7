/**
 * Dataset records → the rows the import statements (cypher/import/) take: Neo4j dates and integers,
 * absent values as null (so that an upsert removes them), relations as id lists.
 */
import { createHash } from "node:crypto";
import { toNeo4jDate, toNeo4jInt } from "../db/mapping";
import { KNOWN_COUNTRIES } from "../domain/countries";
import { actorSearchText } from "../domain/fold";
import type { Dataset } from "./format";
import { membershipKey } from "./validate";

/** The file's countries, plus the known ISO countries it uses that the graph does not hold yet. */
export function countryRows(dataset: Dataset, stored: ReadonlySet<string>) {
  const rows = dataset.countries.map((c) => ({ code: c.code, name: c.name, nameVi: c.nameVi ?? null, region: c.region, asean: c.asean }));
  const listed = new Set(rows.map((r) => r.code));
  const used = new Set(dataset.actors.map((a) => a.country));
  for (const plan of dataset.plans) for (const code of plan.priorityCountries) used.add(code);
  for (const code of used) {
    const known = KNOWN_COUNTRIES.get(code);
    if (!listed.has(code) && !stored.has(code) && known) rows.push({ ...known });
  }
  return rows;
}

const list = <T>(value: T[] | null | undefined): T[] => value ?? [];

/**
 * A digest of a record's row: everything its import statement writes (values and own relations; a
 * plan's tasks, a partnership's commitments). Stored with the record (`rowHash`), so that a
 * re-import leaves out the rows whose digest is the stored one (src/dataset/write.ts). The driver's
 * dates and integers serialise as plain objects, the same for the same value, and every row of a
 * kind is built with its keys in one order.
 */
export function rowHash(row: object): string {
  return createHash("sha256").update(JSON.stringify(row)).digest("base64url").slice(0, 22);
}

/** The row with its digest (`hash`). */
export function hashedRow<T extends object>(row: T): T & { hash: string } {
  return { ...row, hash: rowHash(row) };
}

export function actorRow(a: Dataset["actors"][number]) {
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

export function membershipRow(m: Dataset["memberships"][number]) {
  return {
    props: { id: membershipKey(m), role: m.role ?? null, since: toNeo4jDate(m.since), until: toNeo4jDate(m.until) },
    memberId: m.memberId,
    organizationId: m.organizationId,
  };
}

export function partnershipRow(p: Dataset["partnerships"][number]) {
  const renewals = list(p.renewals);
  return {
    props: {
      id: p.id, kind: p.kind, title: p.title, signedOn: toNeo4jDate(p.signedOn), endedOn: toNeo4jDate(p.endedOn),
      sectors: list(p.sectors),
      // v2: the agreement. Renewals as two lists in file order (a property cannot hold maps).
      titleVi: p.titleVi ?? null, documentNumber: p.documentNumber ?? null, expiresOn: toNeo4jDate(p.expiresOn),
      termYears: p.termYears == null ? null : toNeo4jInt(p.termYears), reportedOn: toNeo4jDate(p.reportedOn),
      renewedOn: renewals.map((r) => toNeo4jDate(r.renewedOn)), renewalExpiresOn: renewals.map((r) => toNeo4jDate(r.expiresOn)),
    },
    domesticPartyIds: p.domesticPartyIds,
    foreignPartyIds: p.foreignPartyIds,
    commitments: list(p.commitments).map((c, position) => ({
      id: c.id, description: c.description, kind: c.kind, target: c.target, perYear: c.perYear,
      activityKinds: c.activityKinds ?? null, position: toNeo4jInt(position),
    })),
  };
}

export function activityRow(a: Dataset["activities"][number]) {
  return {
    props: {
      id: a.id, kind: a.kind, title: a.title, date: toNeo4jDate(a.date), endDate: toNeo4jDate(a.endDate),
      sectors: list(a.sectors), fundsAmount: a.funds?.amount ?? null, fundsCurrency: a.funds?.currency ?? null,
      outcome: a.outcome ?? null,
      titleVi: a.titleVi ?? null, venueCountry: a.venueCountry ?? null,
      delegationSize: a.delegationSize == null ? null : toNeo4jInt(a.delegationSize),
    },
    partnershipId: a.partnershipId ?? null,
    taskId: a.taskId ?? null,
    organizerIds: a.organizerIds,
    participantIds: list(a.participantIds),
  };
}

export function projectRow(p: Dataset["projects"][number]) {
  return {
    props: {
      id: p.id, title: p.title, status: p.status, fundingType: p.fundingType, startOn: toNeo4jDate(p.startOn),
      endOn: toNeo4jDate(p.endOn), sectors: list(p.sectors), dacCode: p.dacCode ?? null,
      committedAmount: p.committed.amount, committedCurrency: p.committed.currency,
      disbursedAmount: p.disbursed?.amount ?? null, disbursedCurrency: p.disbursed?.currency ?? null,
      titleVi: p.titleVi ?? null,
    },
    partnershipId: p.partnershipId ?? null,
    funderIds: p.funderIds,
    implementerIds: p.implementerIds,
    localityIds: list(p.localityIds),
  };
}

export function reviewRow(r: Dataset["reviews"][number]) {
  return {
    props: {
      id: r.id, year: toNeo4jInt(r.year), score: toNeo4jInt(r.score), recommendation: r.recommendation,
      reviewedOn: toNeo4jDate(r.reviewedOn), findings: r.findings ?? null,
    },
    partnershipId: r.partnershipId,
    reviewerId: r.reviewerId,
  };
}

export function planRow(p: Dataset["plans"][number]) {
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

export function exchangeRateRow(r: Dataset["exchangeRates"][number]) {
  return { ...r, year: toNeo4jInt(r.year) };
}

export function reportRow(r: Dataset["reports"][number]) {
  return {
    props: { id: r.id, year: toNeo4jInt(r.year), submittedOn: toNeo4jDate(r.submittedOn), summary: r.summary ?? null },
    planId: r.planId,
    unitId: r.unitId,
  };
}

export function permitRow(p: Dataset["permits"][number]) {
  return {
    props: {
      id: p.id, kind: p.kind, number: p.number, issuedOn: toNeo4jDate(p.issuedOn), expiresOn: toNeo4jDate(p.expiresOn),
      sectors: list(p.sectors),
    },
    actorId: p.actorId,
  };
}
