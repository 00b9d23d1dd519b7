/**
 * What the yearly report says, asked from the API: every figure is an answer of the API's own
 * analytics and filters (partnerCoverage, partnershipEffectiveness, reportingStatus,
 * fundsMobilized, activities' totalCount, projects), never computed a second time here. For one
 * unit, the questions take its id: the activities it organised, the partnerships it is a
 * domestic party of, the funds of its activities and of the projects it implements.
 *
 * The plan's other duties come from the v2 analytics: the tasks' progress (planProgress), the
 * agreements to act on (agreementReview over the year) and, for the province, the foreign NGOs'
 * permits at the year's end (ngoPermits). A unit's report keeps its own tasks and agreements.
 *
 * The work is bounded, and fits one request's deadline: the year's figures, the duties and the counts per
 * kind (one alias per ActivityKind) in three questions asked together, then three counts per
 * country with activities in the year (all, delegations in, delegations out) in questions of at
 * most COUNTS_PER_QUESTION aliases, asked together, and for one unit one page of its projects.
 */
import { ACTIVITY_KINDS, type ActivityKind } from "../domain/enums";
import { ask } from "../exports/answer";
import { badParameter } from "../exports/params";
import type { Execute } from "../graphql/inProcess";

export interface YearlyQuestion {
  planId: string;
  year: number;
  unitId: string | null;
}

interface Money {
  amount: number;
  currency: string;
}

interface Named {
  name: string;
  nameVi: string | null;
}

/** Within the API's alias limit (GRAPHQL_MAX_ALIASES, 30 by default). */
const COUNTS_PER_QUESTION = 25;
/** The unit's projects listed (one page; the total is given when there are more). */
const PROJECTS_LISTED = 100;

/** The URL parameter an argument of these questions stands for. */
const PARAMETERS = { domesticPartyId: "unitId", domesticUnitId: "unitId", organizerId: "unitId", implementerId: "unitId", id: "unitId" };

const YEAR_QUERY = `query YearlyReport($planId: ID!, $year: Int!, $period: PeriodInput!, $unitId: ID, $unitKey: ID!, $withUnit: Boolean!) {
  plan(id: $planId) { id title titleVi documentNumber issuedOn fromYear toYear }
  unit: actor(id: $unitKey) @include(if: $withUnit) { id name nameVi side }
  fundsMobilized(period: $period, domesticUnitId: $unitId) { totalUsd unconvertedFunds { amount currency }
    byFundingType { fundingType usd unconvertedFunds { amount currency } } }
  partnerships: partnershipEffectiveness(period: $period, domesticPartyId: $unitId) {
    partnership { id title kind signedOn endedOn foreignParties { name nameVi } } flags }
  sister: partnershipEffectiveness(period: $period, kind: SISTER_LOCALITY, domesticPartyId: $unitId) {
    partnership { id title foreignParties { name nameVi } } activities fundsMobilizedUsd lastActivityOn dormant score flags
    latestReview { year score recommendation } }
  partnerCoverage(period: $period, planId: $planId) { rows { country { code name nameVi } priority status activities } }
  reportingStatus(planId: $planId, year: $year) { unit { id name nameVi } status submittedOn deadline }
}`;

const DUTIES_QUERY = `query YearlyReportDuties($planId: ID!, $year: Int!, $period: PeriodInput!, $asOf: String!, $withPermits: Boolean!) {
  planProgress(planId: $planId, year: $year) { task { id title titleVi } activities
    assigneesWithActivity { id name nameVi } assigneesWithout { id name nameVi } }
  agreementReview(period: $period) { partnership { id title titleVi domesticParties { id } foreignParties { name nameVi } }
    expiresOn status reportStatus commitments { description met } }
  ngoPermits(asOf: $asOf) @include(if: $withPermits) { actor { id name nameVi } status validUntil
    uncoveredActivities { id } uncoveredProjects { id } }
}`;

type Assignee = Named & { id: string };
export interface TaskRow { task: { id: string; title: string; titleVi: string | null }; activities: number; assigneesWithActivity: Assignee[]; assigneesWithout: Assignee[] }
export interface AgreementRow {
  partnership: { id: string; title: string; titleVi: string | null; domesticParties: { id: string }[]; foreignParties: Named[] };
  expiresOn: string | null; status: string; reportStatus: string; commitments: { description: string; met: boolean }[];
}
export interface PermitRow { actor: Assignee; status: string; validUntil: string | null; uncoveredActivities: { id: string }[]; uncoveredProjects: { id: string }[] }

/** An agreement a planner must act on: expired or expiring, not (or late) reported, or a commitment not met. */
const needsAction = (a: AgreementRow) =>
  a.status === "EXPIRED" || a.status === "EXPIRING" || a.reportStatus === "MISSING" || a.reportStatus === "LATE" || a.commitments.some((c) => !c.met);

const PROJECTS_QUERY = `query YearlyReportProjects($filter: ProjectFilter!, $first: Int!) {
  projects(filter: $filter, first: $first) { totalCount edges { node { id title status fundingType startOn endOn committed { amount currency } } } }
}`;

/** One question counting the activities of each filter (`activities(filter) { totalCount }`, one alias each). */
function countsQuery(size: number): string {
  const indexes = [...Array(size).keys()];
  return `query YearlyReportCounts(${indexes.map((i) => `$f${i}: ActivityFilter!`).join(", ")}) {\n${indexes.map((i) => `  c${i}: activities(filter: $f${i}, first: 0) { totalCount }`).join("\n")}\n}`;
}

type ActivityFilter = { from: string; to: string; kinds?: ActivityKind[]; country?: string; organizerId?: string };

/** The activities each filter selects, by the API's own count, in questions within the alias limit. */
async function countActivities(execute: Execute, filters: readonly ActivityFilter[]): Promise<number[]> {
  const chunks: ActivityFilter[][] = [];
  for (let start = 0; start < filters.length; start += COUNTS_PER_QUESTION) chunks.push(filters.slice(start, start + COUNTS_PER_QUESTION));
  const answers = await Promise.all(chunks.map((chunk) =>
    ask<Record<string, { totalCount: number }>>(execute, countsQuery(chunk.length), Object.fromEntries(chunk.map((f, i) => [`f${i}`, f])), PARAMETERS)));
  return answers.flatMap((data, c) => chunks[c].map((_, i) => data[`c${i}`].totalCount));
}

/** Per country: all its activities, its delegations in, its delegations out. */
const PER_COUNTRY: readonly (ActivityKind | undefined)[] = [undefined, "DELEGATION_IN", "DELEGATION_OUT"];

export type YearlyData = Awaited<ReturnType<typeof yearlyData>>;

export async function yearlyData(execute: Execute, question: YearlyQuestion) {
  const { planId, year, unitId } = question;
  // Activities of the year: all, and each kind (each activity once).
  const base: ActivityFilter = { from: `${year}-01-01`, to: `${year}-12-31`, ...(unitId ? { organizerId: unitId } : {}) };
  const period = { fromYear: year, toYear: year };
  const [data, duties, [total, ...kindCounts]] = await Promise.all([
    ask<any>(execute, YEAR_QUERY, { planId, year, period, unitId, unitKey: unitId ?? "", withUnit: unitId !== null }, PARAMETERS),
    ask<{ planProgress: TaskRow[]; agreementReview: AgreementRow[]; ngoPermits?: PermitRow[] }>(
      execute, DUTIES_QUERY, { planId, year, period, asOf: `${year}-12-31`, withPermits: unitId === null }, PARAMETERS),
    countActivities(execute, [base, ...ACTIVITY_KINDS.map((kind) => ({ ...base, kinds: [kind] }))]),
  ]);
  if (unitId !== null && data.unit?.side !== "DOMESTIC") throw badParameter("unitId", `"${unitId}" is not a domestic unit`);
  const byKind = ACTIVITY_KINDS.map((kind, i) => ({ kind, count: kindCounts[i] })).filter((k) => k.count > 0);

  // Per country they involve (an activity with partners of two countries counts for both), for
  // the countries partnerCoverage finds active in the year (a unit's are among them).
  const countries = (data.partnerCoverage.rows as any[]).filter((r) => r.activities > 0).map((r) => r.country as Named & { code: string });
  const countryCounts = await countActivities(execute, countries.flatMap((c) => PER_COUNTRY.map((kind) => ({ ...base, country: c.code, ...(kind ? { kinds: [kind] } : {}) }))));
  const byCountry = countries
    .map((country, c) => {
      const [all, delegationsIn, delegationsOut] = countryCounts.slice(c * PER_COUNTRY.length, (c + 1) * PER_COUNTRY.length);
      return { country, total: all, delegationsIn, delegationsOut };
    })
    .filter((row) => row.total > 0);

  const projects = unitId === null ? null : (await ask<any>(execute, PROJECTS_QUERY, { filter: { implementerId: unitId }, first: PROJECTS_LISTED }, PARAMETERS)).projects;

  const agreements = duties.agreementReview.filter((a) => unitId === null || a.partnership.domesticParties.some((p) => p.id === unitId));

  return {
    question,
    plan: data.plan as { id: string; title: string; titleVi: string | null; documentNumber: string | null; fromYear: number; toYear: number },
    unit: (data.unit ?? null) as (Named & { id: string }) | null,
    activities: { total, byKind, byCountry },
    funds: data.fundsMobilized as { totalUsd: number; unconvertedFunds: Money[]; byFundingType: { fundingType: string | null; usd: number; unconvertedFunds: Money[] }[] },
    newPartnerships: (data.partnerships as any[]).filter((p) => p.flags.includes("NEW")).map((p) => p.partnership),
    endedPartnerships: (data.partnerships as any[]).filter((p) => p.flags.includes("ENDED")).map((p) => p.partnership),
    sister: data.sister as any[],
    priorityWithout: (data.partnerCoverage.rows as any[]).filter((r) => r.priority && r.status === "NONE").map((r) => r.country as Named & { code: string }),
    reporting: (data.reportingStatus as any[]).filter((r) => unitId === null || r.unit.id === unitId),
    tasks: duties.planProgress.filter((t) => unitId === null || [...t.assigneesWithActivity, ...t.assigneesWithout].some((a) => a.id === unitId)),
    agreements,
    agreementsToAct: agreements.filter(needsAction),
    permits: duties.ngoPermits ?? null,
    projects: projects as { totalCount: number; edges: { node: any }[] } | null,
  };
}
