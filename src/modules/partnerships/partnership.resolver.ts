import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { ActivityOrder } from "../../graphql/enums";
import { PeriodInput, checkPeriod, countryParam, dateParam } from "../../graphql/inputs";
import { CONNECTION, loadPage, loadPrimed, loadWithNested, prefetchBelow, whenLoaded } from "../../graphql/nested";
import { badInput } from "../../graphql/errors";
import { connectionType, pageRequest, readPage, toConnection } from "../../graphql/pagination";
import { ActivityConnection } from "../activities/activity.resolver";
import { Actor } from "../actors/actor.type";
import { Project } from "../projects/project.type";
import { Review } from "../reviews/review.type";
import { Partnership, partnershipShape } from "./partnership.type";
import { PartnershipKind } from "../../domain/enums";

export const PartnershipConnection = connectionType(Partnership, "Partnership", "partnerships");

@InputType({ description: "Narrows a list of partnerships; all given conditions must hold." })
export class PartnershipFilter {
  @Field(() => PartnershipKind, { nullable: true, description: "Only partnerships of this kind." })
  kind?: PartnershipKind | null;

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
  @Query(() => Partnership, { nullable: true, description: "One partnership by id; null when there is none." })
  partnership(
    @Arg("id", () => ID, { description: "Id to look up." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return loadWithNested(ctx, info, partnershipShape, ctx.loaders.partnership, id);
  }

  @Query(() => PartnershipConnection, { description: "Partnerships in id order, filtered and paginated." })
  async partnerships(
    @Arg("filter", () => PartnershipFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter: PartnershipFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const period = filter?.inForceDuring ? checkPeriod(filter.inForceDuring, "filter.inForceDuring") : null;
    const params = {
      kind: filter?.kind ?? null,
      country: countryParam(filter?.country, "filter.country"),
      domesticPartyId: filter?.domesticPartyId ?? null,
      periodStart: period ? dateParam(period.start, "filter.inForceDuring") : null,
      periodEnd: period ? dateParam(period.end, "filter.inForceDuring") : null,
    };
    const connection = await readPage(ctx.db, { page: "queries/partnerships/page", count: "queries/partnerships/count" }, params, pageRequest(first, after), ctx.nodes.partnership);
    await prefetchBelow(ctx, info, partnershipShape, connection.edges.map((edge) => edge.node), CONNECTION);
    return connection;
  }

  @FieldResolver(() => [Actor], { description: "Domestic parties, in id order." })
  domesticParties(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return loadPrimed(ctx, ctx.loaders.partnershipDomesticParties, p.id);
  }

  @FieldResolver(() => [Actor], { description: "Foreign parties (partners), in id order." })
  foreignParties(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return loadPrimed(ctx, ctx.loaders.partnershipForeignParties, p.id);
  }

  @FieldResolver(() => [Review], { description: "Effectiveness reviews, by year then review date." })
  reviews(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return ctx.loaders.partnershipReviews.load(p.id);
  }

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
    const newest = orderBy === ActivityOrder.NEWEST_FIRST;
    const request = pageRequest(first, after, newest ? "newest" : "id");
    const pages = newest ? ctx.loaders.partnershipNewestActivitiesPage : ctx.loaders.partnershipActivitiesPage;
    const page = () => whenLoaded(loadPage(ctx, info, pages, request, p.id), (rows) =>
      toConnection(rows, request, () => ctx.loaders.partnershipActivitiesCount.load(p.id)));
    // Newest first, the page goes on after the cursor's (date, id), looked up by id: an id that is
    // not one of this partnership's activities has no place in the list, and would restart it.
    if (!newest || request.after === null) return page();
    return ctx.loaders.activityPartnership.load(request.after).then((owner) => {
      if (owner?.id !== p.id) throw badInput("after", "is not a cursor of this partnership's activities");
      return page();
    });
  }

  @FieldResolver(() => [Project], { description: "Projects carried out under this partnership, in id order." })
  projects(@Parent() p: Partnership, @Ctx() ctx: Context) {
    return ctx.loaders.partnershipProjects.load(p.id);
  }
}
