/**
 * Partnership effectiveness (docs/analytics.md, "Partnership effectiveness"). One aggregating Cypher query gives,
 * per partnership in force during the period, its counts, funds by currency and year, last activity
 * and latest review; the service converts funds, and derives dormancy, the score and the flags
 * exactly as docs/analytics.md defines them.
 */
import type { Database, Row } from "../../db/database";
import { toNeo4jInt } from "../../db/mapping";
import type { PartnershipKind } from "../../domain/enums";
import { badInput } from "../../graphql/errors";
import { daysBetween, type Period } from "../../domain/dates";
import { checkPeriod, countryParam, dateParam, type PeriodInput } from "../../graphql/inputs";
import { partnershipType } from "../../modules/partnerships/partnership.type";
import { reviewType, type Review } from "../../modules/reviews/review.type";
import { analyticsCache } from "../common/cache";
import { fundsGroups, fundsInUsd } from "../common/funds";
import { EffectivenessFlag, type PartnershipEffectiveness } from "./effectiveness.type";

export interface EffectivenessArgs {
  period: PeriodInput;
  kind?: PartnershipKind | null;
  country?: string | null;
  domesticPartyId?: string | null;
  dormantAfterDays: number;
  targetActivitiesPerYear: number;
  targetFundsUsd: number;
  /** With domesticPartyId: its predecessors' partnerships count too. */
  includePredecessors?: boolean;
}

export async function partnershipEffectiveness(db: Database, args: EffectivenessArgs): Promise<PartnershipEffectiveness[]> {
  const period = checkPeriod(args.period, "period");
  if (!Number.isInteger(args.dormantAfterDays) || args.dormantAfterDays < 0) {
    throw badInput("dormantAfterDays", `must be a whole number of days, 0 or more, got ${args.dormantAfterDays}`);
  }
  for (const name of ["targetActivitiesPerYear", "targetFundsUsd"] as const) {
    if (!(args[name] > 0)) throw badInput(name, `must be greater than 0, got ${args[name]}`);
  }
  const params = {
    start: dateParam(period.start, "period"),
    end: dateParam(period.end, "period"),
    fromYear: toNeo4jInt(period.fromYear),
    toYear: toNeo4jInt(period.toYear),
    kind: args.kind ?? null,
    country: countryParam(args.country, "country"),
    domesticPartyIds: args.domesticPartyId == null ? null : await domesticParties(db, args.domesticPartyId, args.includePredecessors === true),
  };
  // The rows depend on the filters and the period only; the thresholds are applied to them below.
  const key = JSON.stringify(["effectiveness", period.start, period.end, params.kind, params.country, params.domesticPartyIds]);
  const rows = await analyticsCache(db).get(key, () => db.read("queries/analytics/effectiveness/partnerships", params));
  return rows.map((row) => toEffectiveness(row, period, args));
}

/** The actor, and with `predecessors` every actor whose successorIds chain (any length) leads to it. */
async function domesticParties(db: Database, actorId: string, predecessors: boolean): Promise<string[]> {
  if (!predecessors) return [actorId];
  const rows = await db.read("queries/analytics/effectiveness/predecessors", { actorId });
  return [actorId, ...rows.map((row) => String(row.id))];
}

function toEffectiveness(row: Row, period: Period, args: EffectivenessArgs): PartnershipEffectiveness {
  const partnership = partnershipType.map(row.partnership as Row);
  const years = period.toYear - period.fromYear + 1;
  const activities = Number(row.activities);
  const activitiesPerYear = activities / years;
  const funds = fundsInUsd(fundsGroups(row.funds));
  const lastActivityOn = (row.lastActivityOn as string | null) ?? null;
  const latestReview = row.latestReview ? reviewType.map(row.latestReview as Row) : null;

  const inForceAtEnd = partnership.endedOn === null || partnership.endedOn >= period.end;
  const lastSign = lastActivityOn !== null && lastActivityOn > partnership.signedOn ? lastActivityOn : partnership.signedOn;
  const dormant = inForceAtEnd && daysBetween(lastSign, period.end) > args.dormantAfterDays;

  const flags: EffectivenessFlag[] = [];
  if (dormant) flags.push(EffectivenessFlag.DORMANT);
  if (row.reviewedInPeriod !== true) flags.push(EffectivenessFlag.UNREVIEWED);
  if (partnership.endedOn !== null && partnership.endedOn <= period.end) flags.push(EffectivenessFlag.ENDED);
  if (partnership.signedOn >= period.start) flags.push(EffectivenessFlag.NEW);

  return {
    partnership,
    activities,
    activitiesPerYear,
    activityKinds: Number(row.activityKinds),
    projects: Number(row.projects),
    projectsCompleted: Number(row.projectsCompleted),
    fundsMobilizedUsd: funds.usd,
    unconvertedFunds: funds.unconverted,
    lastActivityOn,
    daysSinceLastActivity: lastActivityOn === null ? null : daysBetween(lastActivityOn, period.end),
    dormant,
    latestReview,
    score: score(activitiesPerYear, funds.usd, latestReview, period, args),
    flags,
  };
}

/**
 * `100 × (0.4·A + 0.3·F + 0.3·R)`, rounded to one decimal, halves up. Computed in tenths of a point
 * and cleaned of floating-point noise first, so that 62.45 rounds to 62.5, not 62.4.
 */
export function score(activitiesPerYear: number, fundsUsd: number, latestReview: Review | null, period: Period,
  targets: { targetActivitiesPerYear: number; targetFundsUsd: number }): number {
  const a = Math.min(1, activitiesPerYear / targets.targetActivitiesPerYear);
  const f = Math.min(1, fundsUsd / targets.targetFundsUsd);
  const r = latestReview && latestReview.year >= period.fromYear ? (latestReview.score - 1) / 4 : 0;
  const tenths = Number((1000 * (0.4 * a + 0.3 * f + 0.3 * r)).toFixed(6));
  return Math.round(tenths) / 10;
}
