/**
 * Partner coverage by country (docs/analytics.md, "Partner coverage by country"). Two aggregating Cypher queries, one for
 * the rows and one for the totals; the service converts funds to USD, sorts the kind counts and
 * derives each row's status. The activity columns come from the tallies every import builds
 * (cypher/tallies) while they match the graph's version, and are walked live otherwise
 * (during a batched import, or after one stopped part-way).
 */
import type { Database, Row } from "../../db/database";
import { ACTOR_KINDS, type ActorKind } from "../../domain/enums";
import { badInput } from "../../graphql/errors";
import { checkPeriod, dateParam, listParam } from "../../graphql/inputs";
import { countryType } from "../../modules/countries/country.type";
import type { Plan } from "../../modules/plans/plan.type";
import { fundsGroups, fundsInUsd } from "../common/funds";
import { CoverageStatus, type CountryCoverage, type CoverageQuestion, type CoverageReport, type KindCount } from "./coverage.type";
import { analyticsCache } from "../common/cache";

export type CoverageArgs = CoverageQuestion;

/** `plan` is the plan `planId` names, looked up by the caller (null when unknown or not asked for). */
export async function partnerCoverage(db: Database, args: CoverageArgs, plan: Plan | null): Promise<CoverageReport> {
  const period = checkPeriod(args.period, "period");
  if (args.planId != null && plan === null) throw badInput("planId", `unknown plan "${args.planId}"`);
  const params = {
    start: dateParam(period.start, "period"),
    end: dateParam(period.end, "period"),
    planId: args.planId ?? null,
    kinds: listParam(args.kinds),
  };
  const key = JSON.stringify(["coverage", period.start, period.end, params.planId, params.kinds]);
  const [rows, [totals]] = await analyticsCache(db).get(key, async () => {
    const [{ tallied }] = await db.read("queries/analytics/coverage/tallied");
    return Promise.all([
      db.read("queries/analytics/coverage/rows", { ...params, tallied }),
      db.read("queries/analytics/coverage/totals", { ...params, tallied }),
    ]);
  });
  const funds = fundsInUsd(fundsGroups(totals.funds));
  return {
    question: args,
    rows: rows.map(toCountryCoverage),
    totals: {
      partners: Number(totals.partners),
      partnershipsInForce: Number(totals.partnershipsInForce),
      activities: Number(totals.activities),
      projects: Number(totals.projects),
      fundsMobilizedUsd: funds.usd,
      unconvertedFunds: funds.unconverted,
    },
  };
}

function toCountryCoverage(row: Row): CountryCoverage {
  const partnersByKind = (row.partnersByKind as Row[])
    .map((k): KindCount => ({ kind: k.kind as ActorKind, count: Number(k.count) }))
    .sort((a, b) => ACTOR_KINDS.indexOf(a.kind) - ACTOR_KINDS.indexOf(b.kind));
  const partners = partnersByKind.reduce((sum, k) => sum + k.count, 0);
  const partnershipsInForce = Number(row.partnershipsInForce);
  const activities = Number(row.activities);
  const funds = fundsInUsd(fundsGroups(row.funds));
  const status = partners === 0 ? CoverageStatus.NONE
    : partnershipsInForce === 0 && activities === 0 ? CoverageStatus.INACTIVE
    : CoverageStatus.ACTIVE;
  return {
    country: countryType.map(row.country as Row),
    partners,
    partnersByKind,
    activePartners: Number(row.activePartners),
    partnershipsInForce,
    sisterLocalities: Number(row.sisterLocalities),
    activities,
    projects: Number(row.projects),
    fundsMobilizedUsd: funds.usd,
    unconvertedFunds: funds.unconverted,
    lastActivityOn: (row.lastActivityOn as string | null) ?? null,
    priority: row.priority === true,
    status,
  };
}
