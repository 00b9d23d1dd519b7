/**
 * The mutations (docs/writes.md). Each one hands its arguments to the write service, which checks
 * permission, version and every rule and writes in one transaction, then reads the record back as
 * a query would: the answer shows the graph after the write.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Context } from "../graphql/context";
import type { EntityType } from "../graphql/read/entity";
import { Activity, activityType } from "../modules/activities/activity.type";
import { Actor, actorType } from "../modules/actors/actor.type";
import { Partnership, partnershipType } from "../modules/partnerships/partnership.type";
import { Report, reportType } from "../modules/plans/plan.type";
import { Project, projectType } from "../modules/projects/project.type";
import { Review, reviewType } from "../modules/reviews/review.type";
import { ActivityInputs, ActorInputs, PartnershipInputs, PermitInputs, ProjectInputs, ReportInputs, ReviewInputs } from "./inputs";
import { Permit, permitType } from "../modules/permits/permit.type";
import { type DatasetRecord, RECORD_KINDS } from "./records";
import { type ArchiveState, archiveRecord, createRecord, restoreRecord, updateRecord, type Writer } from "./service";

@ObjectType({ simpleResolvers: true, description: "A record archived or restored: its id, type, new version and archive marks (null once restored)." })
export class ArchivedRecord implements ArchiveState {
  @Field(() => ID, { description: "The record's id." })
  id!: string;

  @Field(() => String, { description: "Its type: Actor, Partnership, Activity, Project, Review, Report, Plan, Task or Permit." })
  recordType!: string;

  @Field(() => Int, { description: "Its version after this change." })
  version!: number;

  @Field(() => String, { nullable: true, description: "When it was archived (ISO 8601, UTC); null once restored." })
  archivedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who archived it; null once restored." })
  archivedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was archived; null once restored." })
  archiveReason!: string | null;
}

function writerOf(ctx: Context): Writer {
  return { db: ctx.db, caller: ctx.caller, writesConfigured: ctx.writesConfigured };
}

/** The written record as a query reads it, nothing of what the request read before the write kept. */
function readBack<T extends object>(ctx: Context, info: GraphQLResolveInfo, type: EntityType<T>, id: string): Promise<T | null> {
  ctx.read.forget();
  return ctx.read.rootObject(info, type, id);
}

/** A write's answer, the request's reads forgotten once it committed. */
async function afterWrite<T>(ctx: Context, write: Promise<T>): Promise<T> {
  const result = await write;
  ctx.read.forget();
  return result;
}

const asRecord = (input: object): DatasetRecord => ({ ...input });
const VERSION = { description: "The version the change was based on (the record's `version` when it was read); a stale one is refused with CONFLICT." };

@Resolver()
export class WriteResolver {
  @Mutation(() => Actor, { description: "Adds an actor. ADMIN only." })
  async createActor(@Arg("input", () => ActorInputs.Input, { description: "The new actor: the fields of a dataset record." }) input: object, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readBack(ctx, info, actorType, await createRecord(writerOf(ctx), RECORD_KINDS.Actor, asRecord(input)));
  }

  @Mutation(() => Actor, { description: "Changes an actor. ADMIN only." })
  async updateActor(
    @Arg("id", () => ID, { description: "The actor's id." }) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("patch", () => ActorInputs.Patch, { description: "The fields to change (null clears an optional one; omitted ones are kept)." }) patch: object,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readBack(ctx, info, actorType, await updateRecord(writerOf(ctx), RECORD_KINDS.Actor, id, version, asRecord(patch)));
  }

  @Mutation(() => Partnership, { description: "Adds a partnership. An EDITOR's unit must be among its domestic parties." })
  async createPartnership(@Arg("input", () => PartnershipInputs.Input, { description: "The new partnership: the fields of a dataset record." }) input: object, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readBack(ctx, info, partnershipType, await createRecord(writerOf(ctx), RECORD_KINDS.Partnership, asRecord(input)));
  }

  @Mutation(() => Partnership, { description: "Changes a partnership. An EDITOR's unit must be a domestic party before and after." })
  async updatePartnership(
    @Arg("id", () => ID, { description: "The partnership's id." }) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("patch", () => PartnershipInputs.Patch, { description: "The fields to change (null clears an optional one; omitted ones are kept)." }) patch: object,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readBack(ctx, info, partnershipType, await updateRecord(writerOf(ctx), RECORD_KINDS.Partnership, id, version, asRecord(patch)));
  }

  @Mutation(() => Activity, { description: "Records an activity (a delegation, conference, exchange…). An EDITOR's unit must be among its organisers." })
  async recordActivity(@Arg("input", () => ActivityInputs.Input, { description: "The new activity: the fields of a dataset record." }) input: object, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readBack(ctx, info, activityType, await createRecord(writerOf(ctx), RECORD_KINDS.Activity, asRecord(input)));
  }

  @Mutation(() => Activity, { description: "Changes an activity. An EDITOR's unit must be among its organisers before and after." })
  async updateActivity(
    @Arg("id", () => ID, { description: "The activity's id." }) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("patch", () => ActivityInputs.Patch, { description: "The fields to change (null clears an optional one; omitted ones are kept)." }) patch: object,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readBack(ctx, info, activityType, await updateRecord(writerOf(ctx), RECORD_KINDS.Activity, id, version, asRecord(patch)));
  }

  @Mutation(() => Project, { description: "Adds a project. An EDITOR's unit must be among its implementers." })
  async createProject(@Arg("input", () => ProjectInputs.Input, { description: "The new project: the fields of a dataset record." }) input: object, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readBack(ctx, info, projectType, await createRecord(writerOf(ctx), RECORD_KINDS.Project, asRecord(input)));
  }

  @Mutation(() => Project, { description: "Changes a project. An EDITOR's unit must be among its implementers before and after." })
  async updateProject(
    @Arg("id", () => ID, { description: "The project's id." }) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("patch", () => ProjectInputs.Patch, { description: "The fields to change (null clears an optional one; omitted ones are kept)." }) patch: object,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readBack(ctx, info, projectType, await updateRecord(writerOf(ctx), RECORD_KINDS.Project, id, version, asRecord(patch)));
  }

  @Mutation(() => Review, { description: "Records an effectiveness review of a partnership. An EDITOR records its own unit's reviews (reviewerId)." })
  async recordReview(@Arg("input", () => ReviewInputs.Input, { description: "The new review: the fields of a dataset record." }) input: object, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readBack(ctx, info, reviewType, await createRecord(writerOf(ctx), RECORD_KINDS.Review, asRecord(input)));
  }

  @Mutation(() => Report, { description: "Submits a unit's yearly report on a plan. An EDITOR submits its own unit's reports (unitId)." })
  async submitReport(@Arg("input", () => ReportInputs.Input, { description: "The new report: the fields of a dataset record." }) input: object, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readBack(ctx, info, reportType, await createRecord(writerOf(ctx), RECORD_KINDS.Report, asRecord(input)));
  }

  @Mutation(() => Permit, { description: "Records a permit issued to a foreign NGO. ADMIN only." })
  async createPermit(@Arg("input", () => PermitInputs.Input, { description: "The new permit: the fields of a dataset record." }) input: object, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readBack(ctx, info, permitType, await createRecord(writerOf(ctx), RECORD_KINDS.Permit, asRecord(input)));
  }

  @Mutation(() => Permit, { description: "Changes a permit (e.g. its new expiry). ADMIN only." })
  async updatePermit(
    @Arg("id", () => ID, { description: "The permit's id." }) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("patch", () => PermitInputs.Patch, { description: "The fields to change (null clears an optional one; omitted ones are kept)." }) patch: object,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readBack(ctx, info, permitType, await updateRecord(writerOf(ctx), RECORD_KINDS.Permit, id, version, asRecord(patch)));
  }

  @Mutation(() => ArchivedRecord, {
    description: "Archives any record by id: it disappears from every list, count, filter, search, analytic and path, and stays readable by id for ADMIN. " +
      "Refused with CONFLICT while live records refer to it (listed). An EDITOR archives what it may change.",
  })
  archive(
    @Arg("id", () => ID, { description: "The record's id." }) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Arg("reason", () => String, { description: "Why it is archived (kept with it and in the audit log)." }) reason: string,
    @Ctx() ctx: Context,
  ) {
    return afterWrite(ctx, archiveRecord(writerOf(ctx), id, version, reason));
  }

  @Mutation(() => ArchivedRecord, { description: "Brings an archived record back. ADMIN only; refused with CONFLICT while it refers to archived records." })
  restore(
    @Arg("id", () => ID, { description: "The record's id." }) id: string,
    @Arg("version", () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    return afterWrite(ctx, restoreRecord(writerOf(ctx), id, version));
  }
}
