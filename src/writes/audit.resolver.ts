/**
 * `auditLog` (docs/writes.md, "Audit"): every committed write and import, newest first, for ADMIN.
 */
import { GraphQLJSON } from "graphql-scalars";
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { type AuditEntryRow, toAuditEntry } from "../audit/log";
import { isIsoDate } from "../domain/dates";
import { toNeo4jInt } from "../db/mapping";
import type { Context } from "../graphql/context";
import { badInput, forbidden } from "../graphql/errors";
import { connectionType, pageRequest, toConnection } from "../graphql/pagination";
import { mayReadAuditLog } from "../identity/permissions";

@ObjectType({ simpleResolvers: true, description: "One committed write or import, as the audit log keeps it." })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's number: entries are numbered in commit order." })
  id!: string;

  @Field(() => String, { description: "When the write committed (ISO 8601, UTC)." })
  at!: string;

  @Field(() => String, { description: "Who wrote: the `sub` of the writer's token, or `import`." })
  userId!: string;

  @Field(() => String, { nullable: true, description: "The writer's role (VIEWER, EDITOR, ADMIN); null for an import." })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "The writer's unit (an EDITOR's); null otherwise." })
  unitId!: string | null;

  @Field(() => String, { description: "What was done: create, update, archive, restore or import." })
  operation!: string;

  @Field(() => String, { description: "Type of the record written (Actor, Activity…), or Dataset for an import." })
  recordType!: string;

  @Field(() => ID, { nullable: true, description: "Id of the record written; for an import, the file's name." })
  recordId!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "The record's own fields before the write (dataset form); null for a create or an import." })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The record's own fields after the write; for an import: file, sha256, counts and replace." })
  after!: unknown;
}

export const AuditEntryConnection = connectionType(AuditEntry, "AuditEntry", "audit entries");

/** `from`/`to`: a day (the whole day) or an instant, both ISO 8601. */
function timeBound(value: string | null, argument: string, end: boolean): string | null {
  if (value == null) return null;
  if (isIsoDate(value)) return end ? `${value}T23:59:59.999Z` : `${value}T00:00:00.000Z`;
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) throw badInput(argument, `must be a day (YYYY-MM-DD) or an ISO 8601 instant, got "${value}"`);
  return new Date(time).toISOString();
}

function toEntry(row: AuditEntryRow): AuditEntry {
  return { ...row, id: String(row.sequence) };
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "The audit log, newest first: every committed write and import. ADMIN only." })
  async auditLog(
    @Arg("recordId", () => ID, { nullable: true, description: "Only entries about this record." }) recordId: string | null,
    @Arg("userId", () => String, { nullable: true, description: "Only entries by this user (a token's `sub`, or `import`)." }) userId: string | null,
    @Arg("from", () => String, { nullable: true, description: "Only entries at or after this day (YYYY-MM-DD) or instant (ISO 8601)." }) from: string | null,
    @Arg("to", () => String, { nullable: true, description: "Only entries at or before this day (the whole day) or instant." }) to: string | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (older entries)." }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    if (!mayReadAuditLog(ctx.caller)) throw forbidden("admin-reads-audit", "only an ADMIN reads the audit log");
    const request = pageRequest(first, after, "newest");
    const filters = { recordId: recordId ?? null, userId: userId ?? null, from: timeBound(from ?? null, "from", false), to: timeBound(to ?? null, "to", true) };
    const afterSequence = request.after === null ? null : Number(request.after);
    if (afterSequence !== null && !Number.isInteger(afterSequence)) throw badInput("after", "is not a cursor returned by this API");
    const rows = await ctx.db.read("queries/audit/page", { ...filters, after: afterSequence === null ? null : toNeo4jInt(afterSequence), limit: toNeo4jInt(request.first + 1) });
    const entries = rows.map((row) => toEntry(toAuditEntry(row.entry as Record<string, unknown>)));
    return toConnection(entries, request, async () => Number((await ctx.db.read("queries/audit/count", filters))[0].total));
  }
}
