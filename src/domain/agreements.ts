/**
 * The agreement behind a partnership (SPEC "Dataset and analytics v2", docs/analytics.md
 * "Agreements"): when it expires, its status on a day, whether it was reported to the central
 * authority in time, and whether its quantified commitments were kept. Pure functions of the
 * record's values, so that each definition is written once and tested at its boundaries.
 */
import { addDays, addYears } from "./dates";

export const AGREEMENT_STATUSES = ["NOT_SIGNED", "ENDED", "EXPIRED", "EXPIRING", "ACTIVE"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const REPORT_COMPLIANCES = ["ON_TIME", "LATE", "MISSING", "PENDING"] as const;
export type ReportCompliance = (typeof REPORT_COMPLIANCES)[number];

export interface Renewal {
  renewedOn: string;
  expiresOn: string;
}

export interface Agreement {
  signedOn: string;
  endedOn?: string | null;
  expiresOn?: string | null;
  termYears?: number | null;
  renewals?: readonly Renewal[] | null;
  reportedOn?: string | null;
}

/**
 * The expiry: the `expiresOn` of the latest renewal (greatest `renewedOn`; of two renewed the same
 * day, the later expiry), else the agreement's own `expiresOn`, else `signedOn` plus `termYears`
 * calendar years, else none (open-ended).
 */
export function expiryOf(agreement: Agreement): string | null {
  let latest: Renewal | undefined;
  for (const r of agreement.renewals ?? []) {
    if (!latest || r.renewedOn > latest.renewedOn || (r.renewedOn === latest.renewedOn && r.expiresOn > latest.expiresOn)) latest = r;
  }
  if (latest) return latest.expiresOn;
  if (agreement.expiresOn) return agreement.expiresOn;
  if (agreement.termYears != null) return addYears(agreement.signedOn, agreement.termYears);
  return null;
}

/** The status at `asOf`; the first rule that holds wins, in this order. */
export function agreementStatus(agreement: Agreement, asOf: string, expiringWithinDays: number): AgreementStatus {
  if (agreement.signedOn > asOf) return "NOT_SIGNED";
  if (agreement.endedOn != null && agreement.endedOn <= asOf) return "ENDED";
  const expiry = expiryOf(agreement);
  if (expiry !== null && expiry < asOf) return "EXPIRED";
  if (expiry !== null && expiry <= addDays(asOf, expiringWithinDays)) return "EXPIRING";
  return "ACTIVE";
}

/**
 * Whether the signed agreement was reported in time: due `reportDueDays` days after signing; only a
 * report dated on or before `asOf` counts (a later one was not known then).
 */
export function reportCompliance(agreement: Agreement, asOf: string, reportDueDays: number): ReportCompliance {
  const due = addDays(agreement.signedOn, reportDueDays);
  const reportedOn = agreement.reportedOn != null && agreement.reportedOn <= asOf ? agreement.reportedOn : null;
  if (reportedOn !== null) return reportedOn <= due ? "ON_TIME" : "LATE";
  return due < asOf ? "MISSING" : "PENDING";
}

export interface Commitment {
  target: number;
  perYear: boolean;
}

export interface Fulfilment {
  expected: number;
  actual: number;
  ratio: number;
  met: boolean;
}

/** `expected` is the target, times the period's years when per year; `ratio` to 3 decimals. */
export function fulfilment(commitment: Commitment, actual: number, years: number): Fulfilment {
  const expected = commitment.perYear ? commitment.target * years : commitment.target;
  const ratio = Math.round(Number(((actual / expected) * 1000).toFixed(6))) / 1000;
  return { expected, actual, ratio, met: actual >= expected };
}
