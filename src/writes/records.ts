/**
 * The records writes create and change, each a dataset record type (docs/dataset-format.md): the
 * section of a dataset it belongs in (writes validate and store it as a one-record dataset, through
 * the importer's own rules and statements), the statement reading one back in that form, and the
 * prefix of the ids generated when an input gives none.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "../db/database";
import type { Dataset } from "../dataset/format";
import type { WritableType } from "../identity/permissions";

export type DatasetRecord = Record<string, unknown>;

export interface RecordKind {
  type: WritableType;
  section: keyof Dataset;
  /** Reads one stored record as its dataset record (cypher/writes/records/); null: only its own properties. */
  reader: string | null;
  idPrefix: string;
}

export const RECORD_KINDS: Record<WritableType, RecordKind> = {
  Actor: { type: "Actor", section: "actors", reader: "writes/records/actor", idPrefix: "actor" },
  Partnership: { type: "Partnership", section: "partnerships", reader: "writes/records/partnership", idPrefix: "partnership" },
  Activity: { type: "Activity", section: "activities", reader: "writes/records/activity", idPrefix: "activity" },
  Project: { type: "Project", section: "projects", reader: "writes/records/project", idPrefix: "project" },
  Review: { type: "Review", section: "reviews", reader: "writes/records/review", idPrefix: "review" },
  Report: { type: "Report", section: "reports", reader: "writes/records/report", idPrefix: "report" },
  Plan: { type: "Plan", section: "plans", reader: null, idPrefix: "plan" },
  Task: { type: "Task", section: "plans", reader: null, idPrefix: "task" },
  Permit: { type: "Permit", section: "permits", reader: "writes/records/permit", idPrefix: "permit" },
};

export function isWritableType(type: unknown): type is WritableType {
  return typeof type === "string" && Object.prototype.hasOwnProperty.call(RECORD_KINDS, type);
}

/** A fresh id that follows the dataset's id rule. */
export function generatedId(kind: RecordKind): string {
  return `${kind.idPrefix}-${randomUUID()}`;
}

/** What a write knows of a stored record before reading it whole. */
export interface RecordHead {
  type: string;
  version: number;
  archived: boolean;
  /** When, by whom and why it was archived (null for a live record). */
  marks: { archivedAt: string | null; archivedBy: string | null; archiveReason: string | null };
}

export async function readHead(tx: Transaction, id: string): Promise<RecordHead | null> {
  const [row] = await tx.run("writes/head", { id });
  if (!row) return null;
  const marks = { archivedAt: (row.archivedAt ?? null) as string | null, archivedBy: (row.archivedBy ?? null) as string | null, archiveReason: (row.archiveReason ?? null) as string | null };
  return { type: String(row.type), version: Number(row.version ?? 1), archived: row.archived === true, marks };
}

/** The stored record as a dataset record, its absent values left out. */
export async function readRecord(tx: Transaction, kind: RecordKind, id: string): Promise<DatasetRecord> {
  const [row] = await tx.run(kind.reader ?? "writes/records/properties", { id });
  const record = { ...(row.record as DatasetRecord) };
  for (const key of BOOKKEEPING) delete record[key];
  return compact(record);
}

/** Properties a write keeps on every record beside its own values. */
const BOOKKEEPING = ["version", "updatedAt", "updatedBy", "archivedType", "archivedAt", "archivedBy", "archiveReason", "searchText"];

/** The record without its absent values (null, or an empty optional list): the form audit entries keep. */
export function compact(record: DatasetRecord): DatasetRecord {
  const out: DatasetRecord = {};
  // Keys in a fixed order (the id first), whatever order Neo4j returned them in: entries read alike.
  const keys = Object.keys(record).sort((a, b) => (a === "id" ? -1 : b === "id" ? 1 : a.localeCompare(b)));
  for (const key of keys) {
    const value = record[key];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = compactValue(value);
  }
  return out;
}

/** Nested records too (money, contact, an agreement's renewals and commitments) lose their absent values. */
function compactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compactValue);
  return value !== null && typeof value === "object" ? compact(value as DatasetRecord) : value;
}

/**
 * Whether two records say the same: the same values, id lists in any order (the graph keeps no
 * order of a record's relations). A create retried with its id after a lost answer finds its record
 * stored and equal to its input, and succeeds again without writing.
 */
export function sameRecord(a: DatasetRecord, b: DatasetRecord): boolean {
  return canonical(compact(a)) === canonical(compact(b));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as DatasetRecord)[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
