import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { ActivityOrder, DatedOrder, cursorOrderOf } from "../../graphql/enums";
import { PeriodInput, checkPeriod, containsParam, countryParam, dateParam, listParam } from "../../graphql/inputs";
import { PARTNERSHIP_LIST } from "../../graphql/read/rootList";
import { whenLoaded } from "../../graphql/read/engine";
import { Reads } from "../../graphql/read/relation";
import { badInput } from "../../graphql/errors";
import { connectionType, pageRequest } from "../../graphql/pagination";
import { ActivityConnection } from "../activities/activity.resolver";
import { Actor } from "../actors/actor.type";
import { Project } from "../projects/project.type";
import { Review } from "../reviews/review.type";
import { activityPartnership } from "../activities/activity.relations";
import { Partnership, partnershipType } from "./partnership.type";
import * as relations from "./partnership.relations";
import { PartnershipKind, Sector } from "../../domain/enums";
import { Commitment } from "./commitment.type";
import { recordById } from "../common/byId";

export const PartnershipConnection = connectionType(Partnership, "Partnership", "partnerships");

@InputType({ description: "Narrows a list of partnerships; all given conditions must hold." })
export class PartnershipFilter {
  @Field(() => PartnershipKind, { nullable: true, description: "Only partnerships of this kind." })
  kind?: PartnershipKind | null;

  @Field(() => [PartnershipKind], { nullable: true, description: "Only partnerships of any of these kinds (with `kind`, both must hold)." })
  kinds?: PartnershipKind[] | null;

  @Field(() => String, { nullable: true, description: "Only partnerships signed on or after this day (YYYY-MM-DD)." })
  signedFrom?: string | null;

  @Field(() => String, { nullable: true, description: "Only partnerships signed on or before this day (YYYY-MM-DD)." })
  signedTo?: string | null;

  @Field(() => String, { nullable: true, description: "Only partnerships that ended on or after this day (YYYY-MM-DD)." })
  endedFrom?: string | null;

  @Field(() => String, { nullable: true, description: "Only partnerships that ended on or before this day (YYYY-MM-DD)." })
  endedTo?: string | null;

  @Field(() => String, { nullable: true, description: "Only partnerships whose title or Vietnamese title contains this text, ignoring case." })
  titleContains?: string | null;

  @Field(() => [Sector], { nullable: true, description: "Only partnerships in any of these fields of cooperation." })
  sectors?: Sector[] | null;

  @Field(() => String, { nullable: true, description: "Only partnerships with a foreign party of this country (ISO 3166-1 alpha-2)." })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: "Only partnerships with this actor among the domestic parties." })
  domesticPartyId?: string | null;

  @Field(() => PeriodInput, {
    nullable: true,
    description: "Only partnerships in force during the period: signed on or before its last day and not ended before its first day.",
  })
  inForceDuring?: PeriodInput | null;
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, { nullable: true, description: "One partnership by id; null when there is none, or when it is archived and the caller is not an ADMIN." })
  partnership(
    @Arg("id", () => ID, { description: "Id to look up." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return recordById(ctx, info, partnershipType, id);
  }

  @Query(() => PartnershipConnection, { description: "Partnerships in id order or by signing date (`orderBy`), filtered and paginated." })
  partnerships(
    @Arg("filter", () => PartnershipFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter: PartnershipFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from a page in the same order)." }) after: string | null,
    @Arg("orderBy", () => DatedOrder, { defaultValue: DatedOrder.ID, description: "Order of the list: by id, or by signing date." }) orderBy: DatedOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const period = filter?.inForceDuring ? checkPeriod(filter.inForceDuring, "filter.inForceDuring") : null;
    // `kind` and `kinds` together: both must hold (an empty list matches nothing).
    const kinds = filter?.kind ? (filter.kinds?.length ? filter.kinds.filter((k) => k === filter.kind) : [filter.kind]) : listParam(filter?.kinds);
    const params = {
      kinds,
      signedFrom: dateParam(filter?.signedFrom, "filter.signedFrom"),
      signedTo: dateParam(filter?.signedTo, "filter.signedTo"),
      endedFrom: dateParam(filter?.endedFrom, "filter.endedFrom"),
      endedTo: dateParam(filter?.endedTo, "filter.endedTo"),
      titleToken: containsParam(filter?.titleContains, "filter.titleContains"),
      sectors: listParam(filter?.sectors),
      country: countryParam(filter?.country, "filter.country"),
      domesticPartyId: filter?.domesticPartyId ?? null,
      periodStart: period ? dateParam(period.start, "filter.inForceDuring") : null,
      periodEnd: period ? dateParam(period.end, "filter.inForceDuring") : null,
    };
    return ctx.read.rootPage(info, partnershipType, PARTNERSHIP_LIST, params, pageRequest(first, after, cursorOrderOf(orderBy)));
  }

  @Reads(relations.partnershipDomesticParties)
  @FieldResolver(() => [Actor], { description: "Domestic parties, in id order." })
  domesticParties(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return ctx.read.list(relations.partnershipDomesticParties, p.id);
  }

  @Reads(relations.partnershipForeignParties)
  @FieldResolver(() => [Actor], { description: "Foreign parties (partners), in id order." })
  foreignParties(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return ctx.read.list(relations.partnershipForeignParties, p.id);
  }

  @Reads(relations.partnershipReviews)
  @FieldResolver(() => [Review], { description: "Effectiveness reviews, by year then review date." })
  reviews(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return ctx.read.list(relations.partnershipReviews, p.id);
  }

  @Reads(relations.partnershipActivities)
  @FieldResolver(() => ActivityConnection, {
    description: "Activities carried out under this partnership, in id order or newest first (`orderBy`).",
  })
  activities(
    @Parent() p: Partnership,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from a page in the same order)." }) after: string | null,
    @Arg("orderBy", () => ActivityOrder, { defaultValue: ActivityOrder.ID, description: "Order of the activities." }) orderBy: ActivityOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = () => ctx.read.page(relations.partnershipActivities, p.id, { first, after, orderBy }, info);
    // Newest first, the page goes on after the cursor's (date, id), looked up by id: an id that is
    // not one of this partnership's activities has no place in the list, and would restart it.
    const request = pageRequest(first, after, relations.partnershipActivities.orderOf!({ orderBy }));
    if (request.order !== "newest" || request.after === null) return page();
    return whenLoaded(ctx.read.one(activityPartnership, request.after), (owner) => {
      if (owner?.id !== p.id) throw badInput("after", "is not a cursor of this partnership's activities");
      return page();
    });
  }

  @Reads(relations.partnershipCommitments)
  @FieldResolver(() => [Commitment], { description: "The agreement's quantified commitments, in the order recorded." })
  commitments(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return ctx.read.list(relations.partnershipCommitments, p.id);
  }

  @Reads(relations.partnershipProjects)
  @FieldResolver(() => [Project], { description: "Projects carried out under this partnership, in id order." })
  projects(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return ctx.read.list(relations.partnershipProjects, p.id);
  }
}
