/**
 * Every permission rule, in one place (docs/writes.md, "Who may do what"): resolvers and the write
 * service ask here, never decide by themselves. Each rule has a name, which a refusal cites
 * (code FORBIDDEN), so that a user knows which rule to take up with an administrator.
 */
import type { Caller } from "./caller";

/** `Actor.contact` (a person's name, e-mail, phone) is shown to EDITOR and ADMIN only. */
export function mayReadContacts(caller: Caller): boolean {
  return caller.kind === "user" && (caller.role === "EDITOR" || caller.role === "ADMIN");
}

const isAdmin = (caller: Caller): boolean => caller.kind === "user" && caller.role === "ADMIN";

/** Archived records stay readable by id for ADMIN only; for everyone else they are gone. */
export const mayReadArchived = isAdmin;

/** The audit log is for ADMIN only. */
export const mayReadAuditLog = isAdmin;

/** The record types writes change; each is a dataset record type (docs/dataset-format.md). */
export type WritableType = "Actor" | "Partnership" | "Activity" | "Project" | "Review" | "Report" | "Plan" | "Task" | "Permit";

/** A write to check: what it does, to which type of record, and the record before and after it (dataset form). */
export interface WriteRequest {
  operation: "create" | "update" | "archive" | "restore";
  type: WritableType;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A refused write: `rule` names the rule, `message` says it in a sentence. */
export interface Refusal {
  rule: string;
  message: string;
}

/**
 * The actors through whom a unit may write each record type, read from the record itself: an
 * EDITOR of unit U may write the record while U is among them, before and after the change.
 */
const REMIT: Partial<Record<WritableType, { rule: string; units: (record: Record<string, unknown>) => unknown[]; says: string }>> = {
  Activity: { rule: "editor-organizes-activity", units: (r) => list(r.organizerIds), says: "an EDITOR writes only activities its unit organises (among organizerIds)" },
  Partnership: { rule: "editor-party-to-partnership", units: (r) => list(r.domesticPartyIds), says: "an EDITOR writes only partnerships its unit is a domestic party to (among domesticPartyIds)" },
  Review: { rule: "editor-is-reviewer", units: (r) => [r.reviewerId], says: "an EDITOR writes only reviews its unit made (reviewerId)" },
  Report: { rule: "editor-unit-reports", units: (r) => [r.unitId], says: "an EDITOR submits only its own unit's reports (unitId)" },
  Project: { rule: "editor-implements-project", units: (r) => list(r.implementerIds), says: "an EDITOR writes only projects its unit implements (among implementerIds)" },
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Whether the caller may write at all (an EDITOR or ADMIN, on a server that verifies tokens): asked
 * before a write reads anything, so that a refused caller learns nothing of what is stored.
 */
export function writerRefusal(caller: Caller, writesConfigured: boolean): Refusal | null {
  if (!writesConfigured) {
    return {
      rule: "writes-configured",
      message: "writes are off on this server: no token key is configured. Set AUTH_JWT_SECRET (at least 32 bytes) or AUTH_JWT_PUBLIC_KEY_FILE, then send a token (docs/writes.md)",
    };
  }
  if (caller.kind === "anonymous") return { rule: "writer-role", message: "writes need a token with role EDITOR or ADMIN (docs/writes.md, \"Tokens\")" };
  if (caller.role === "VIEWER") return { rule: "writer-role", message: "a VIEWER may only read; writes need role EDITOR or ADMIN" };
  return null;
}

/**
 * Whether the caller may make this write: null when it may, else the refusal. `writesConfigured`:
 * whether the server verifies tokens at all (without a secret or key nobody can be an EDITOR).
 */
export function refusalOf(caller: Caller, write: WriteRequest, writesConfigured: boolean): Refusal | null {
  const asWriter = writerRefusal(caller, writesConfigured);
  if (asWriter || caller.kind === "anonymous" || caller.role === "ADMIN") return asWriter;
  // EDITOR
  if (write.operation === "restore") return { rule: "admin-restores", message: "only an ADMIN restores archived records" };
  const remit = REMIT[write.type];
  if (!remit) return { rule: "admin-only-type", message: `only an ADMIN writes ${write.type.toLowerCase()} records` };
  for (const record of [write.before, write.after]) {
    if (record && !remit.units(record).includes(caller.unitId)) {
      return { rule: remit.rule, message: `${remit.says}, before and after the change; this one is outside unit "${caller.unitId}"` };
    }
  }
  return null;
}
