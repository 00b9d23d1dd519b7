/**
 * The audit log (docs/writes.md, "Audit"): one entry per committed write, added in the write's own
 * transaction (a refused or failed write leaves none), and one per import. Entries are numbered in
 * commit order (cypher/writes/audit.cypher) and read newest first.
 */
import type { Transaction } from "../db/database";

/** Who wrote: a token's user (with role and unit), or an import (`import`, no role). */
export interface Author {
  userId: string;
  role: string | null;
  unitId: string | null;
}

export type Operation = "create" | "update" | "archive" | "restore" | "import";

export interface AuditFacts {
  operation: Operation;
  recordType: string;
  recordId: string | null;
  /** The record's own fields before and after (dataset form); null for a record created or for an import. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** A write's: the graph version it started from (the entry also keeps the one it made). None for an import: its entry keeps neither. */
  previousGraphVersion?: string | null;
}

/** Adds the entry in the caller's transaction: it commits with the write, or not at all. */
export async function addAuditEntry(tx: Transaction, author: Author, at: string, facts: AuditFacts): Promise<void> {
  await tx.run("writes/audit", {
    entry: {
      at,
      userId: author.userId,
      role: author.role,
      unitId: author.unitId,
      operation: facts.operation,
      recordType: facts.recordType,
      recordId: facts.recordId,
      before: facts.before === null ? null : JSON.stringify(facts.before),
      after: facts.after === null ? null : JSON.stringify(facts.after),
      previousGraphVersion: facts.previousGraphVersion ?? null,
    },
  });
}

/** An entry as stored (`before`/`after` parsed back). */
export interface AuditEntryRow {
  sequence: number;
  at: string;
  userId: string;
  role: string | null;
  unitId: string | null;
  operation: string;
  recordType: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
}

export function toAuditEntry(row: Record<string, unknown>): AuditEntryRow {
  const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : null);
  return {
    sequence: Number(row.sequence),
    at: String(row.at),
    userId: String(row.userId),
    role: (row.role as string | null) ?? null,
    unitId: (row.unitId as string | null) ?? null,
    operation: String(row.operation),
    recordType: String(row.recordType),
    recordId: (row.recordId as string | null) ?? null,
    before: json(row.before),
    after: json(row.after),
  };
}
