/**
 * Agreement review (docs/analytics.md, "Agreements"): for the partnerships in force during the
 * period that carry agreement data, the expiry, the status at the end of the period, whether the
 * agreement was reported in time, and how far each commitment was kept. The definitions are
 * src/domain/agreements.ts; FUNDS_USD commitments count the funds exactly as partnershipEffectiveness does
 * (the query groups them as its query does, and common/funds.ts converts them), for the partnerships
 * that have such a commitment only.
 */
import type { Database, Row } from "../../db/database";
import { type AgreementStatus, agreementStatus, expiryOf, fulfilment, reportCompliance } from "../../domain/agreements";
import { badInput } from "../../graphql/errors";
import { checkPeriod, dateParam, type PeriodInput } from "../../graphql/inputs";
import { partnershipType } from "../../modules/partnerships/partnership.type";
import { analyticsCache } from "../common/cache";
import { fundsGroups, fundsInUsd } from "../common/funds";
import type { AgreementReview, CommitmentFulfilment } from "./agreements.type";

export interface AgreementReviewArgs {
  period: PeriodInput;
  expiringWithinDays: number;
  reportDueDays: number;
  status?: AgreementStatus[] | null;
}

function wholeDays(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 36_500) throw badInput(argument, `must be a whole number of days from 0 to 36500, got ${value}`);
  return value;
}

export async function agreementReview(db: Database, args: AgreementReviewArgs): Promise<AgreementReview[]> {
  const period = checkPeriod(args.period, "period");
  const expiringWithinDays = wholeDays(args.expiringWithinDays, "expiringWithinDays");
  const reportDueDays = wholeDays(args.reportDueDays, "reportDueDays");
  const params = { start: dateParam(period.start, "period"), end: dateParam(period.end, "period") };
  const rows = await analyticsCache(db).get(JSON.stringify(["agreements", period.start, period.end]), () => db.read("queries/analytics/agreements/partnerships", params));
  const years = period.toYear - period.fromYear + 1;
  const wanted = args.status?.length ? new Set(args.status) : null;
  const reviews: AgreementReview[] = [];
  for (const row of rows) {
    const partnership = partnershipType.map(row.partnership as Row);
    const agreement = {
      signedOn: partnership.signedOn,
      endedOn: partnership.endedOn,
      expiresOn: dateText((row.partnership as Row).expiresOn),
      termYears: (row.partnership as Row).termYears == null ? null : Number((row.partnership as Row).termYears),
      renewals: row.renewals as { renewedOn: string; expiresOn: string }[],
      reportedOn: dateText((row.partnership as Row).reportedOn),
    };
    const status = agreementStatus(agreement, period.end, expiringWithinDays);
    if (wanted && !wanted.has(status)) continue;
    // How many of its activities dated in the period are of each kind.
    const byKind = row.activityKinds as unknown as { kind: string; count: number }[];
    const activitiesOf = (kinds: string[] | null) =>
      byKind.filter((k) => !kinds?.length || kinds.includes(k.kind)).reduce((n, k) => n + Number(k.count), 0);
    // Only the partnerships with a FUNDS_USD commitment have their funds read (withFunds).
    const fundsUsd = row.withFunds === true ? fundsInUsd(fundsGroups(row.funds)).usd : 0;
    const commitments: CommitmentFulfilment[] = (row.commitments as Row[]).map((c) => {
      const activityKinds = (c.activityKinds as string[] | null) ?? null;
      const actual = c.kind === "FUNDS_USD" ? fundsUsd : activitiesOf(activityKinds);
      return {
        id: String(c.id), description: String(c.description), kind: c.kind as CommitmentFulfilment["kind"],
        ...fulfilment({ target: Number(c.target), perYear: c.perYear === true }, actual, years),
      };
    });
    reviews.push({ partnership, expiresOn: expiryOf(agreement), status, reportStatus: reportCompliance(agreement, period.end, reportDueDays), commitments });
  }
  return reviews;
}

/** A stored date property (a Neo4j date, or already text) as YYYY-MM-DD. */
function dateText(value: unknown): string | null {
  return value == null ? null : String(value);
}
