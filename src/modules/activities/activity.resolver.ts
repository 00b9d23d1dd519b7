import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { containsParam, countryParam, dateParam, listParam } from "../../graphql/inputs";
import { ActivityOrder, cursorOrderOf } from "../../graphql/enums";
import { ACTIVITY_LIST } from "../../graphql/read/rootList";
import { connectionType, pageRequest } from "../../graphql/pagination";
import { Reads } from "../../graphql/read/relation";
import { Actor } from "../actors/actor.type";
import { Partnership } from "../partnerships/partnership.type";
import { Activity, activityType } from "./activity.type";
import * as relations from "./activity.relations";
import { ActivityKind, Sector } from "../../domain/enums";
import { Country } from "../countries/country.type";
import { Task } from "../plans/plan.type";
import { recordById } from "../common/byId";

export const ActivityConnection = connectionType(Activity, "Activity", "activities");

@InputType({ description: "Narrows a list of activities; all given conditions must hold." })
export class ActivityFilter {
  @Field(() => ID, { nullable: true, description: "Only activities under this partnership." })
  partnershipId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only activities involving this country: a FOREIGN participant of it, or a foreign party of it in the activity's partnership.",
  })
  country?: string | null;

  @Field(() => [ActivityKind], { nullable: true, description: "Only activities of these kinds." })
  kinds?: ActivityKind[] | null;

  @Field(() => String, { nullable: true, description: "Only activities dated on or after this day (YYYY-MM-DD)." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Only activities dated on or before this day (YYYY-MM-DD)." })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: "Only activities this actor organised." })
  organizerId?: string | null;

  @Field(() => String, { nullable: true, description: "Only activities whose title or Vietnamese title contains this text, ignoring case." })
  titleContains?: string | null;

  @Field(() => String, { nullable: true, description: "Only activities held in this country (their `venueCountry`, ISO 3166-1 alpha-2 or a user-assigned code)." })
  venueCountry?: string | null;

  @Field(() => ID, { nullable: true, description: "Only activities serving this plan task." })
  taskId?: string | null;

  @Field(() => [Sector], { nullable: true, description: "Only activities concerning any of these fields." })
  sectors?: Sector[] | null;
}

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => Activity, { nullable: true, description: "One activity by id; null when there is none, or when it is archived and the caller is not an ADMIN." })
  activity(@Arg("id", () => ID, { description: "Id to look up." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordById(ctx, info, activityType, id);
  }

  @Query(() => ActivityConnection, { description: "Activities in id order or by date (`orderBy`), filtered and paginated." })
  activities(
    @Arg("filter", () => ActivityFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter: ActivityFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from a page in the same order)." }) after: string | null,
    @Arg("orderBy", () => ActivityOrder, { defaultValue: ActivityOrder.ID, description: "Order of the list: by id, newest first or oldest first." }) orderBy: ActivityOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const params = {
      partnershipId: filter?.partnershipId ?? null,
      country: countryParam(filter?.country, "filter.country"),
      kinds: listParam(filter?.kinds),
      from: dateParam(filter?.from, "filter.from"),
      to: dateParam(filter?.to, "filter.to"),
      organizerId: filter?.organizerId ?? null,
      titleToken: containsParam(filter?.titleContains, "filter.titleContains"),
      venueCountry: countryParam(filter?.venueCountry, "filter.venueCountry"),
      taskId: filter?.taskId ?? null,
      sectors: listParam(filter?.sectors),
    };
    return ctx.read.rootPage(info, activityType, ACTIVITY_LIST, params, pageRequest(first, after, cursorOrderOf(orderBy)));
  }

  @Reads(relations.activityPartnership)
  @FieldResolver(() => Partnership, { nullable: true, description: "The partnership the activity was carried out under, if any." })
  partnership(@Parent() a: Activity, @Ctx() ctx: Context) {
    return ctx.read.one(relations.activityPartnership, a.id);
  }

  @Reads(relations.activityVenueCountry)
  @FieldResolver(() => Country, { nullable: true, description: "The country the activity was held in, when recorded." })
  venueCountry(@Parent() a: Activity, @Ctx() ctx: Context) {
    return ctx.read.one(relations.activityVenueCountry, a.id);
  }

  @Reads(relations.activityTask)
  @FieldResolver(() => Task, { nullable: true, description: "The plan task the activity serves, when recorded." })
  task(@Parent() a: Activity, @Ctx() ctx: Context) {
    return ctx.read.one(relations.activityTask, a.id);
  }

  @Reads(relations.activityOrganizers)
  @FieldResolver(() => [Actor], { description: "Domestic organisers, in id order." })
  organizers(@Parent() a: Activity, @Ctx() ctx: Context) {
    return ctx.read.list(relations.activityOrganizers, a.id);
  }

  @Reads(relations.activityParticipants)
  @FieldResolver(() => [Actor], { description: "Participants, in id order." })
  participants(@Parent() a: Activity, @Ctx() ctx: Context) {
    return ctx.read.list(relations.activityParticipants, a.id);
  }
}
