/**
 * Foreign NGOs' permits (SPEC "Dataset and analytics v2", docs/analytics.md "NGO permits"): when a
 * permit is valid, an NGO's status on a day, and which of its engagements no permit covered.
 */
import { addDays } from "./dates";

export const PERMIT_STATUSES = ["VALID", "EXPIRING", "EXPIRED", "NONE"] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

export interface PermitDates {
  issuedOn: string;
  expiresOn?: string | null;
}

/** Valid on `day` from its issue to its expiry, both days included; open-ended without an expiry. */
export function validOn(permit: PermitDates, day: string): boolean {
  return permit.issuedOn <= day && (permit.expiresOn == null || day <= permit.expiresOn);
}

/** Whether some permit is valid on `day` (an engagement on a day no permit covers is uncovered). */
export function coveredOn(permits: readonly PermitDates[], day: string): boolean {
  return permits.some((p) => validOn(p, day));
}

/**
 * VALID when a permit valid at `asOf` is open-ended or expires after `asOf + expiringWithinDays`;
 * EXPIRING when permits are valid but every one expires within that window; EXPIRED when it has
 * permits and none is valid; NONE without a permit.
 */
export function permitStatus(permits: readonly PermitDates[], asOf: string, expiringWithinDays: number): PermitStatus {
  if (permits.length === 0) return "NONE";
  const valid = permits.filter((p) => validOn(p, asOf));
  if (valid.length === 0) return "EXPIRED";
  const horizon = addDays(asOf, expiringWithinDays);
  return valid.some((p) => p.expiresOn == null || p.expiresOn > horizon) ? "VALID" : "EXPIRING";
}

/** The latest expiry of the permits valid at `asOf`; null when none is valid or one is open-ended. */
export function validUntil(permits: readonly PermitDates[], asOf: string): string | null {
  const valid = permits.filter((p) => validOn(p, asOf));
  if (valid.length === 0 || valid.some((p) => p.expiresOn == null)) return null;
  return valid.map((p) => p.expiresOn!).sort().at(-1)!;
}
