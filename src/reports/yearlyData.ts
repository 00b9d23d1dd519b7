/**
 * What the yearly report says, asked from the API: every figure is an analytic's own answer
 * (partnerCoverage, partnershipEffectiveness, reportingStatus, activityCounts, fundsMobilized),
 * never computed a second time here. For one unit, the questions take its id where they can.
 */
import type { Execute } from "../graphql/inProcess";
import { ask } from "../exports/route";
import { HttpError } from "../http/body";

export interface YearlyQuestion {
  planId: string;
  year: number;
  unitId: string | null;
}

const QUERY = `query YearlyReport($planId: ID!, $year: Int!, $period: PeriodInput!, $unitId: ID, $unitKey: ID!, $withUnit: Boolean!) {
  plan(id: $planId) { id title titleVi documentNumber issuedOn fromYear toYear }
  unit: actor(id: $unitKey) @include(if: $withUnit) { id name nameVi side }
  activityTotals(period: $period, organizerId: $unitId) { kind count }
  activityCounts(period: $period, organizerId: $unitId) { kind country { code name nameVi } activities }
  fundsMobilized(period: $period, domesticUnitId: $unitId) { totalUsd unconvertedFunds { amount currency }
    byFundingType { fundingType usd unconvertedFunds { amount currency } } }
  partnerships: partnershipEffectiveness(period: $period, domesticPartyId: $unitId) {
    partnership { id title kind signedOn endedOn } flags }
  sister: partnershipEffectiveness(period: $period, kind: SISTER_LOCALITY, domesticPartyId: $unitId) {
    partnership { id title foreignParties { name nameVi } } activities fundsMobilizedUsd lastActivityOn dormant score flags
    latestReview { year score recommendation } }
  partnerCoverage(period: $period, planId: $planId) { rows { country { code name nameVi } priority partners } }
  reportingStatus(planId: $planId, year: $year) { unit { id name nameVi } status submittedOn deadline }
}`;

export type YearlyData = Awaited<ReturnType<typeof yearlyData>>;

export async function yearlyData(execute: Execute, question: YearlyQuestion) {
  const data = await ask<any>(execute, QUERY, {
    planId: question.planId, year: question.year, period: { fromYear: question.year, toYear: question.year },
    unitId: question.unitId, unitKey: question.unitId ?? "", withUnit: question.unitId !== null,
  });
  if (question.unitId !== null && data.unit?.side !== "DOMESTIC") {
    throw new HttpError(400, `unitId: "${question.unitId}" is not a domestic unit`, { code: "BAD_REQUEST", parameter: "unitId" });
  }
  return {
    question,
    plan: data.plan as { id: string; title: string; titleVi: string | null; documentNumber: string | null; fromYear: number; toYear: number },
    unit: (data.unit ?? null) as { id: string; name: string; nameVi: string | null } | null,
    activityTotals: data.activityTotals as { kind: string; count: number }[],
    activityCounts: data.activityCounts as { kind: string; country: { code: string; name: string; nameVi: string | null } | null; activities: number }[],
    funds: data.fundsMobilized as { totalUsd: number; unconvertedFunds: Money[]; byFundingType: { fundingType: string | null; usd: number; unconvertedFunds: Money[] }[] },
    newPartnerships: (data.partnerships as any[]).filter((p) => p.flags.includes("NEW")).map((p) => p.partnership),
    endedPartnerships: (data.partnerships as any[]).filter((p) => p.flags.includes("ENDED")).map((p) => p.partnership),
    sister: data.sister as any[],
    priorityWithout: (data.partnerCoverage.rows as any[]).filter((r) => r.priority && r.partners === 0).map((r) => r.country),
    reporting: (data.reportingStatus as any[]).filter((r) => question.unitId === null || r.unit.id === question.unitId),
  };
}

interface Money {
  amount: number;
  currency: string;
}
