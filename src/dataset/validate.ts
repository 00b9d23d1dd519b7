/**
 * The single source of the dataset integrity rules (docs/dataset-format.md, "Integrity rules").
 * Independent of the CLI and of Neo4j: the importer (and later the GraphQL mutations) give it the
 * parsed JSON and what the graph already holds, and get back either a clean dataset or every
 * problem found, each named by its JSON path (`activities[17].partnershipId: unknown id "p9"`).
 */
import type { Side } from "../domain/enums";
import type { Dataset } from "./format";
import { parseDataset } from "./parse";
import { type DatasetProblem, ProblemList } from "./problems";

export { type DatasetProblem, formatProblem, jsonPath } from "./problems";
export { DatasetParser, type ParsedDataset, parseDataset } from "./parse";

export type EntityType = "actor" | "partnership" | "activity" | "project" | "review" | "plan" | "task" | "report" | "permit";

/** What the validator needs to know of an entity that a reference points to. */
export interface EntityRef {
  type: EntityType;
  side?: Side;
  kind?: string;
  /** Archived (src/writes/): kept for the record, but nothing may refer to it or write it until it is restored. */
  archived?: boolean;
  /** The digest of the row it was last written from (src/dataset/rows.ts, rowHash), when the graph holds one. */
  hash?: string;
}

/** What the graph already holds, for references to records not in the file. */
export interface ExistingGraph {
  entities: ReadonlyMap<string, EntityRef>;
  /** Country codes stored in the graph or known to the service. */
  countries: ReadonlySet<string>;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/**
 * The ids the importer must look up in the graph before `checkIntegrity`: those the dataset
 * references without defining, and those it defines (a stored record of another type may hold one).
 */
export function idsToLookUp(dataset: Dataset): string[] {
  const ids = new Set<string>();
  definitions(dataset, (id) => ids.add(id));
  references(dataset, (id) => ids.add(id));
  return [...ids];
}

/** Every id the dataset defines, memberships' synthetic ones included. */
export function definedIds(dataset: Dataset): string[] {
  const ids: string[] = [];
  definitions(dataset, (id) => ids.push(id));
  for (const m of dataset.memberships) ids.push(membershipKey(m));
  return ids;
}

/**
 * Where an id stands in the file, as a JSON path, built only when a problem is reported: a file of
 * a million records has millions of ids, and building every path up front took most of the time
 * of the checks and of collecting the ids to look up (BENCHMARKS.md, "The gap, record type by record type").
 */
type PathOf = () => string;

/** Visits every id the dataset defines. A visitor, not a list: a large file would hold millions of them at once. */
function definitions(dataset: Dataset, visit: (id: string, ref: EntityRef, path: PathOf) => void): void {
  const add = (type: EntityType, list: { id: string }[], key: string) => {
    const ref = { type };
    list.forEach((item, i) => visit(item.id, ref, () => `${key}[${i}].id`));
  };
  dataset.actors.forEach((a, i) => visit(a.id, { type: "actor", side: a.side, kind: a.kind }, () => `actors[${i}].id`));
  add("partnership", dataset.partnerships, "partnerships");
  add("activity", dataset.activities, "activities");
  add("project", dataset.projects, "projects");
  add("review", dataset.reviews, "reviews");
  add("plan", dataset.plans, "plans");
  const task = { type: "task" as const };
  dataset.plans.forEach((plan, p) =>
    plan.tasks.forEach((t, j) => visit(t.id, task, () => `plans[${p}].tasks[${j}].id`)),
  );
  add("report", dataset.reports, "reports");
  add("permit", dataset.permits, "permits");
}

/**
 * The ids the dataset defines that the graph holds as another type of record, or archived: a
 * replace deletes those before it writes, since the file's record cannot be written over them
 * (one id, one entity; an archived record stays archived when written over).
 */
export function idsStoredOtherwise(dataset: Dataset, stored: ReadonlyMap<string, EntityRef>): string[] {
  const ids: string[] = [];
  definitions(dataset, (id, ref) => {
    const held = stored.get(id);
    if (held && (held.type !== ref.type || held.archived)) ids.push(id);
  });
  return ids;
}

/** The constraint the rules put on the target of a reference. */
interface ReferenceRule {
  type: EntityType;
  /** Required side of the actor, with the role named in the message. */
  side?: { side: Side; role: string };
  /** Required kind of the actor, with the reason named in the message. */
  kind?: { kind: string; reason: string };
}

/** Visits every reference of the dataset (a visitor for the same reason as `definitions`). */
function references(dataset: Dataset, visit: (id: string, rule: ReferenceRule, path: PathOf) => void): void {
  const list = (ids: readonly string[] | null | undefined, path: PathOf, rule: ReferenceRule) =>
    (ids ?? []).forEach((id, i) => visit(id, rule, () => `${path()}[${i}]`));
  const one = (id: string | null | undefined, path: PathOf, rule: ReferenceRule) => {
    if (id != null) visit(id, rule, path);
  };
  const actor: ReferenceRule = { type: "actor" };
  const partnership: ReferenceRule = { type: "partnership" };
  const task: ReferenceRule = { type: "task" };
  const plan: ReferenceRule = { type: "plan" };
  const locality: ReferenceRule = { type: "actor", kind: { kind: "LOCALITY", reason: "a project's localities must be LOCALITY actors" } };
  const sisterKind = { kind: "LOCALITY", reason: "every party of a SISTER_LOCALITY partnership must be a LOCALITY actor" };
  const domestic = (role: string) => ({ side: "DOMESTIC" as const, role });
  const foreign = (role: string) => ({ side: "FOREIGN" as const, role });
  const domesticParty: ReferenceRule = { type: "actor", side: domestic("domestic parties") };
  const foreignParty: ReferenceRule = { type: "actor", side: foreign("foreign parties") };
  const sisterDomesticParty: ReferenceRule = { ...domesticParty, kind: sisterKind };
  const sisterForeignParty: ReferenceRule = { ...foreignParty, kind: sisterKind };
  const organizer: ReferenceRule = { type: "actor", side: domestic("organizers") };
  const permitHolder: ReferenceRule = { type: "actor", side: foreign("a permit's holder"), kind: { kind: "NGO", reason: "a permit's holder must be an NGO" } };

  dataset.actors.forEach((a, i) => {
    one(a.parentId, () => `actors[${i}].parentId`, actor);
    list(a.successorIds, () => `actors[${i}].successorIds`, actor);
  });
  dataset.memberships.forEach((m, i) => {
    one(m.memberId, () => `memberships[${i}].memberId`, actor);
    one(m.organizationId, () => `memberships[${i}].organizationId`, actor);
  });
  dataset.partnerships.forEach((p, i) => {
    const sister = p.kind === "SISTER_LOCALITY";
    list(p.domesticPartyIds, () => `partnerships[${i}].domesticPartyIds`, sister ? sisterDomesticParty : domesticParty);
    list(p.foreignPartyIds, () => `partnerships[${i}].foreignPartyIds`, sister ? sisterForeignParty : foreignParty);
  });
  dataset.activities.forEach((a, i) => {
    one(a.partnershipId, () => `activities[${i}].partnershipId`, partnership);
    one(a.taskId, () => `activities[${i}].taskId`, task);
    list(a.organizerIds, () => `activities[${i}].organizerIds`, organizer);
    list(a.participantIds, () => `activities[${i}].participantIds`, actor);
  });
  dataset.projects.forEach((p, i) => {
    one(p.partnershipId, () => `projects[${i}].partnershipId`, partnership);
    list(p.funderIds, () => `projects[${i}].funderIds`, actor);
    list(p.implementerIds, () => `projects[${i}].implementerIds`, actor);
    list(p.localityIds, () => `projects[${i}].localityIds`, locality);
  });
  dataset.reviews.forEach((r, i) => {
    one(r.partnershipId, () => `reviews[${i}].partnershipId`, partnership);
    one(r.reviewerId, () => `reviews[${i}].reviewerId`, actor);
  });
  dataset.plans.forEach((p, i) => {
    one(p.issuerId, () => `plans[${i}].issuerId`, actor);
    p.tasks.forEach((t, j) => list(t.assigneeIds, () => `plans[${i}].tasks[${j}].assigneeIds`, actor));
  });
  dataset.reports.forEach((r, i) => {
    one(r.planId, () => `reports[${i}].planId`, plan);
    one(r.unitId, () => `reports[${i}].unitId`, actor);
  });
  dataset.permits.forEach((p, i) => one(p.actorId, () => `permits[${i}].actorId`, permitHolder));
}

const TYPE_NAMES: Record<EntityType, string> = {
  actor: "an actor", partnership: "a partnership", activity: "an activity", project: "a project",
  review: "a review", plan: "a plan", task: "a task", report: "a report", permit: "a permit",
};

/** Every integrity rule that spans records. `dataset` must come from `parseDataset`. */
export function checkIntegrity(dataset: Dataset, existing: ExistingGraph, malformedIds: ReadonlyMap<string, string> = new Map()): ProblemList {
  const problems = new ProblemList();
  const problem = (path: string, message: string) => problems.add({ path, message });

  // Ids are unique across the whole document.
  const byId = new Map<string, { ref: EntityRef; path: PathOf }>();
  definitions(dataset, (id, ref, path) => {
    const first = byId.get(id);
    if (first) problem(path(), `duplicate id "${id}" (first used at ${first.path()})`);
    else byId.set(id, { ref, path });
  });
  // …and across the graph: a stored record of another type may not share an id with one of the file.
  for (const [id, { ref, path }] of byId) {
    const stored = existing.entities.get(id);
    if (stored && stored.type !== ref.type) problem(path(), `id "${id}" is already used by ${TYPE_NAMES[stored.type]} in the graph`);
    else if (stored?.archived) problem(path(), `"${id}" is an archived record; restore it before writing it`);
  }
  for (const [id, path] of malformedIds) {
    const first = byId.get(id);
    if (first) problem(path, `duplicate id "${id}" (also used at ${first.path()})`);
  }

  // Every reference resolves, to the right type, side and kind.
  references(dataset, (id, rule, path) => {
    const target: EntityRef | undefined = byId.get(id)?.ref ?? existing.entities.get(id);
    if (!target) {
      if (!malformedIds.has(id)) problem(path(), `unknown id "${id}"`);
      return;
    }
    if (target.type !== rule.type) {
      problem(path(), `"${id}" is ${TYPE_NAMES[target.type]}, expected ${TYPE_NAMES[rule.type]}`);
      return;
    }
    if (target.archived) {
      problem(path(), `"${id}" is archived`);
      return;
    }
    if (rule.side && target.side !== rule.side.side) {
      problem(path(), `"${id}" is a ${target.side} actor; ${rule.side.role} must be ${rule.side.side}`);
    }
    if (rule.kind && target.kind !== rule.kind.kind) {
      problem(path(), `"${id}" is a ${target.kind}; ${rule.kind.reason}`);
    }
  });

  // Countries: listed once, and every code used is listed or known.
  const countries = new Set(existing.countries);
  const countryAt = new Map<string, number>();
  dataset.countries.forEach((c, i) => {
    const first = countryAt.get(c.code);
    if (first !== undefined) problem(`countries[${i}].code`, `duplicate country "${c.code}" (first at countries[${first}])`);
    else countryAt.set(c.code, i);
    countries.add(c.code);
  });
  const unknownCountry = (code: string, path: PathOf) => {
    if (!countries.has(code)) problem(path(), `unknown country code "${code}": list it in countries or use an ISO 3166-1 alpha-2 code`);
  };
  dataset.actors.forEach((a, i) => unknownCountry(a.country, () => `actors[${i}].country`));
  dataset.activities.forEach((a, i) => {
    if (a.venueCountry != null) unknownCountry(a.venueCountry, () => `activities[${i}].venueCountry`);
  });
  dataset.plans.forEach((p, i) => p.priorityCountries.forEach((c, j) => unknownCountry(c, () => `plans[${i}].priorityCountries[${j}]`)));

  // One exchange rate per currency and year.
  const rateAt = new Map<string, number>();
  dataset.exchangeRates.forEach((r, i) => {
    const key = `${r.currency}/${r.year}`;
    const first = rateAt.get(key);
    if (first !== undefined) problem(`exchangeRates[${i}]`, `duplicate rate for ${r.currency} in ${r.year} (first at exchangeRates[${first}])`);
    else rateAt.set(key, i);
  });

  // One membership per member, organisation and start date (they are upserted on that key).
  const membershipAt = new Map<string, number>();
  dataset.memberships.forEach((m, i) => {
    const key = membershipKey(m);
    const first = membershipAt.get(key);
    if (first !== undefined) problem(`memberships[${i}]`, `duplicate membership of "${m.memberId}" in "${m.organizationId}" (first at memberships[${first}])`);
    else membershipAt.set(key, i);
  });

  // End dates are not before start dates.
  const order = (path: PathOf, startName: string, start: string | number | null | undefined, endName: string, end: string | number | null | undefined) => {
    if (start != null && end != null && end < start) problem(`${path()}.${endName}`, `${endName} ${end} is before ${startName} ${start}`);
  };
  dataset.actors.forEach((a, i) => order(() => `actors[${i}]`, "validFrom", a.validFrom, "validTo", a.validTo));
  dataset.memberships.forEach((m, i) => order(() => `memberships[${i}]`, "since", m.since, "until", m.until));
  dataset.partnerships.forEach((p, i) => order(() => `partnerships[${i}]`, "signedOn", p.signedOn, "endedOn", p.endedOn));
  dataset.activities.forEach((a, i) => order(() => `activities[${i}]`, "date", a.date, "endDate", a.endDate));
  dataset.projects.forEach((p, i) => order(() => `projects[${i}]`, "startOn", p.startOn, "endOn", p.endOn));
  dataset.plans.forEach((p, i) => order(() => `plans[${i}]`, "fromYear", p.fromYear, "toYear", p.toYear));
  dataset.permits.forEach((p, i) => order(() => `permits[${i}]`, "issuedOn", p.issuedOn, "expiresOn", p.expiresOn));
  dataset.partnerships.forEach((p, i) => agreementRules(p, `partnerships[${i}]`, problem));

  // Commitment ids are unique across the file.
  const commitmentAt = new Map<string, string>();
  dataset.partnerships.forEach((p, i) =>
    (p.commitments ?? []).forEach((c, j) => {
      const path = `partnerships[${i}].commitments[${j}].id`;
      const first = commitmentAt.get(c.id);
      if (first !== undefined) problem(path, `duplicate commitment id "${c.id}" (first used at ${first})`);
      else commitmentAt.set(c.id, path);
    }),
  );

  return problems;
}

/** v2: an agreement's dates in order (expiry and renewals not before signing), and one way to give its term. */
function agreementRules(p: Dataset["partnerships"][number], path: string, problem: (path: string, message: string) => void): void {
  if (p.expiresOn != null && p.termYears != null) problem(`${path}.termYears`, "give expiresOn or termYears, not both");
  if (p.expiresOn != null && p.expiresOn < p.signedOn) problem(`${path}.expiresOn`, `expiresOn ${p.expiresOn} is before signedOn ${p.signedOn}`);
  (p.renewals ?? []).forEach((r, j) => {
    if (r.renewedOn < p.signedOn) problem(`${path}.renewals[${j}].renewedOn`, `renewedOn ${r.renewedOn} is before signedOn ${p.signedOn}`);
    if (r.expiresOn < r.renewedOn) problem(`${path}.renewals[${j}].expiresOn`, `expiresOn ${r.expiresOn} is before renewedOn ${r.renewedOn}`);
  });
}

/** The key a membership is stored under; also its synthetic GraphQL id. */
export function membershipKey(m: { memberId: string; organizationId: string; since?: string | null }): string {
  return `membership:${m.memberId}:${m.organizationId}${m.since ? `:${m.since}` : ""}`;
}

/** Shape and integrity in one call. */
export function validateDataset(raw: unknown, existing: ExistingGraph): ValidationResult {
  const { dataset, problems, malformedIds } = parseDataset(raw);
  problems.append(checkIntegrity(dataset, existing, malformedIds));
  return problems.total === 0 ? { ok: true, dataset } : { ok: false, problems: problems.kept };
}
