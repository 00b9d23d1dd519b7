/**
 * The partner-network/v2 additions of a generated dataset: international organisations under the
 * user-assigned code XZ, individuals (PERSON), agreements (Vietnamese titles, document numbers,
 * terms or expiries, renewals, reporting dates, commitments), activities serving plan tasks with a
 * venue and a delegation size, Vietnamese project titles, and foreign NGOs' permits.
 *
 * Each addition draws from its own random stream and decorates records the v1 sections produced,
 * so a v1 section's own values are the same with or without them (see generator.ts).
 */
import type { ActivityInput, ActorInput, CountryInput, PartnershipInput, PermitInput, PlanInput, ProjectInput } from "../../src/dataset/format";
import { addDays, addYears } from "../../src/domain/dates";
import type { ActorTable } from "./actors";
import { isoDate, dayOf } from "./dates";
import { FIRST_YEAR, LAST_YEAR } from "./presets";
import type { Random } from "./random";

/** The code international organisations are listed under, instead of their host country. */
export const INTERNATIONAL_CODE = "XZ";

export const INTERNATIONAL_COUNTRY: CountryInput = {
  code: INTERNATIONAL_CODE, name: "International organisations", nameVi: "Tổ chức quốc tế", region: "INTERNATIONAL", asean: false,
};

/** An international organisation counts under XZ, not under the country of its seat. */
export function* internationalUnderXz(actors: Iterable<ActorInput>): Generator<ActorInput> {
  for (const actor of actors) yield actor.kind === "INTERNATIONAL_ORGANIZATION" ? { ...actor, country: INTERNATIONAL_CODE } : actor;
}

const GIVEN = ["Kenji", "Anna", "Minh", "Lan", "Pierre", "Olga", "Min-jun", "Sarah", "Tuan", "Hoa"];
const FAMILY = ["Sato", "Müller", "Nguyen", "Tran", "Dubois", "Ivanova", "Kim", "Smith", "Le", "Pham"];
const ROLES: [string, string][] = [["honorary citizen", "công dân danh dự"], ["overseas Vietnamese expert", "chuyên gia kiều bào"], ["volunteer", "tình nguyện viên"]];

/** Individuals: FOREIGN actors of kind PERSON, in the countries foreign partners come from. */
export function* personRecords(table: ActorTable, count: number, random: Random): Generator<ActorInput> {
  const foreignCountries = table.countries.slice(table.domesticCount);
  for (let i = 0; i < count; i++) {
    const [role, roleVi] = random.pick(ROLES);
    const name = `${random.pick(GIVEN)} ${random.pick(FAMILY)}`;
    yield { id: personId(i), kind: "PERSON", side: "FOREIGN", name: `${name}, ${role}`, nameVi: `${name}, ${roleVi}`, country: random.pick(foreignCountries) };
  }
}

export function personId(i: number): string {
  return `person-${String(i + 1).padStart(6, "0")}`;
}

/** Agreements: most partnerships get a document number, a term or an expiry, some renewals and commitments. */
export function* withAgreements(partnerships: Iterable<PartnershipInput>, random: Random): Generator<PartnershipInput> {
  for (const p of partnerships) {
    if (!random.chance(0.7)) {
      yield p;
      continue;
    }
    const out: PartnershipInput = { ...p, titleVi: `Thỏa thuận: ${p.title}`, documentNumber: `${random.int(1, 99)}/${p.signedOn.slice(0, 4)}/TTHT` };
    const term = random.weighted([["term", 4], ["expiry", 3], ["open", 3]] as const);
    let expiry: string | null = null;
    if (term === "term") {
      out.termYears = random.int(2, 10);
      expiry = addYears(p.signedOn, out.termYears);
    } else if (term === "expiry") {
      expiry = addDays(p.signedOn, random.int(365, 3650));
      out.expiresOn = expiry;
    }
    if (expiry !== null && random.chance(0.3)) {
      const renewedOn = addDays(expiry, -random.int(0, 90));
      out.renewals = [{ renewedOn: renewedOn < p.signedOn ? p.signedOn : renewedOn, expiresOn: addYears(expiry, random.int(2, 5)) }];
    }
    if (random.chance(0.75)) out.reportedOn = addDays(p.signedOn, random.int(0, 40)); // due after 15 days: some late
    if (random.chance(0.35)) {
      out.commitments = [{ id: `${p.id}-c1`, description: "Activities a year", kind: "ACTIVITIES", target: random.int(1, 4), perYear: true, activityKinds: random.chance(0.5) ? ["DELEGATION_IN", "DELEGATION_OUT"] : null }];
      if (random.chance(0.4)) out.commitments.push({ id: `${p.id}-c2`, description: "Funds over the agreement", kind: "FUNDS_USD", target: 10_000 * random.int(1, 50), perYear: false });
    }
    yield out;
  }
}

/**
 * Activities: those organised by an assignee of a plan task in the plan's years serve the task
 * half the time; delegations get a venue and a size; some get a Vietnamese title; a few have an
 * individual among their participants.
 */
export function* withActivityDetails(activities: Iterable<ActivityInput>, plans: readonly PlanInput[], table: ActorTable, persons: number, random: Random): Generator<ActivityInput> {
  const tasksOf = new Map<string, { taskId: string; fromYear: number; toYear: number }[]>();
  for (const plan of plans) {
    for (const task of plan.tasks) {
      for (const unit of task.assigneeIds) {
        const list = tasksOf.get(unit) ?? [];
        list.push({ taskId: task.id, fromYear: plan.fromYear, toYear: plan.toYear });
        tasksOf.set(unit, list);
      }
    }
  }
  const countryOf = new Map(table.ids.map((id, i) => [id, table.countries[i]]));
  for (const a of activities) {
    const out: ActivityInput = { ...a };
    const year = Number(a.date.slice(0, 4));
    const serving = (tasksOf.get(a.organizerIds[0]) ?? []).filter((t) => t.fromYear <= year && year <= t.toYear);
    if (serving.length > 0 && random.chance(0.5)) out.taskId = random.pick(serving).taskId;
    if (a.kind === "DELEGATION_IN") out.venueCountry = "VN";
    // An outgoing delegation goes to its first partner's country (an international organisation's seat).
    if (a.kind === "DELEGATION_OUT" && a.participantIds?.length) out.venueCountry = countryOf.get(a.participantIds[0]) ?? null;
    if (a.kind === "DELEGATION_IN" || a.kind === "DELEGATION_OUT") out.delegationSize = random.int(2, 30);
    if (random.chance(0.3)) out.titleVi = `Hoạt động: ${a.title}`;
    if (persons > 0 && random.chance(0.02)) out.participantIds = [...(a.participantIds ?? []), personId(random.below(persons))];
    yield out;
  }
}

/** Projects: half get a Vietnamese title. */
export function* withProjectTitles(projects: Iterable<ProjectInput>, random: Random): Generator<ProjectInput> {
  for (const p of projects) yield random.chance(0.5) ? { ...p, titleVi: `Dự án: ${p.title}` } : p;
}

const PERMIT_KINDS = ["OPERATION_REGISTRATION", "PROJECT_OFFICE", "REPRESENTATIVE_OFFICE"] as const;

/** Permits of foreign NGOs: most have one or two, some expired or expiring, some none at all. */
export function* permitRecords(table: ActorTable, random: Random): Generator<PermitInput> {
  for (let i = table.domesticCount; i < table.count; i++) {
    if (table.kinds[i] !== "NGO" || !random.chance(0.75)) continue;
    const permits = random.int(1, 2);
    let issued = dayOf(random.int(FIRST_YEAR - 5, LAST_YEAR - 2), random.int(1, 12), random.int(1, 28));
    for (let k = 0; k < permits; k++) {
      const issuedOn = isoDate(issued);
      const expiresOn = random.chance(0.8) ? addYears(issuedOn, random.int(2, 5)) : null;
      yield { id: `permit-${table.ids[i]}-${k + 1}`, actorId: table.ids[i], kind: random.pick(PERMIT_KINDS), number: `${random.int(1, 999)}/BNG-GĐK`, issuedOn, expiresOn, sectors: null };
      if (expiresOn === null) break;
      // The next permit follows the last one, sometimes with a gap (days no permit covered).
      issued = dayOf(Number(expiresOn.slice(0, 4)), Number(expiresOn.slice(5, 7)), Number(expiresOn.slice(8, 10))) + random.int(-30, 120);
    }
  }
}
