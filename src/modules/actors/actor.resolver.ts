import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { countryParam, listParam, searchTokens } from "../../graphql/inputs";
import { Reads } from "../../graphql/read/relation";
import { whenLoaded } from "../../graphql/read/engine";
import { connectionType, pageRequest } from "../../graphql/pagination";
import { Country } from "../countries/country.type";
import { Membership } from "../memberships/membership.type";
import { Partnership } from "../partnerships/partnership.type";
import { required } from "../common/required";
import { mayReadContacts } from "../../identity/permissions";
import { Actor, Contact, actorType } from "./actor.type";
import * as relations from "./actor.relations";
import { ActorKind, Region, Side } from "../../domain/enums";
import { Permit } from "../permits/permit.type";
import { recordById } from "../common/byId";
import { ActivityOrder, ActorOrder, cursorOrderOf } from "../../graphql/enums";
import { ACTOR_LIST } from "../../graphql/read/rootList";
import { ActivityConnection } from "../activities/activity.resolver";
import { ProjectConnection } from "../projects/project.resolver";

export const ActorConnection = connectionType(Actor, "Actor", "actors");

@InputType({ description: "Narrows a list of actors; all given conditions must hold." })
export class ActorFilter {
  @Field(() => Side, { nullable: true, description: "Only DOMESTIC or only FOREIGN actors." })
  side?: Side | null;

  @Field(() => [ActorKind], { nullable: true, description: "Only actors of these kinds." })
  kinds?: ActorKind[] | null;

  @Field(() => String, { nullable: true, description: "Only actors of this country (ISO 3166-1 alpha-2)." })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only actors whose name or Vietnamese name holds every word of this text, ignoring case and diacritics (đ counts as d), as `search` matches.",
  })
  nameContains?: string | null;

  @Field(() => [Region], { nullable: true, description: "Only actors whose country is in any of these regions (international organisations under a user-assigned code count under its region, e.g. INTERNATIONAL)." })
  regions?: Region[] | null;
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: "One actor by id; null when there is none, or when it is archived and the caller is not an ADMIN." })
  actor(
    @Arg("id", () => ID, { description: "Id to look up." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    return recordById(ctx, info, actorType, id);
  }

  @Query(() => ActorConnection, { description: "Actors in id order or by name (`orderBy`), filtered and paginated." })
  actors(
    @Arg("filter", () => ActorFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter: ActorFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from a page in the same order)." }) after: string | null,
    @Arg("orderBy", () => ActorOrder, { defaultValue: ActorOrder.ID, description: "Order of the list." }) orderBy: ActorOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const params = {
      side: filter?.side ?? null,
      kinds: listParam(filter?.kinds),
      country: countryParam(filter?.country, "filter.country"),
      nameTokens: searchTokens(filter?.nameContains, "filter.nameContains"),
      regions: listParam(filter?.regions),
    };
    return ctx.read.rootPage(info, actorType, ACTOR_LIST, params, pageRequest(first, after, cursorOrderOf(orderBy)));
  }

  @FieldResolver(() => Contact, { nullable: true, description: "Contact details, when known; shown to EDITOR and ADMIN only (null for anyone else)." })
  contact(@Parent() actor: Actor, @Ctx() ctx: Context): Contact | null {
    return mayReadContacts(ctx.caller) ? actor.contact : null;
  }

  @Reads(relations.actorCountry)
  @FieldResolver(() => Country, { description: "The country the actor belongs to or represents." })
  country(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.actorCountry, actor.id), (country) => required(country, `country ${actor.countryCode} of actor ${actor.id}`));
  }

  @Reads(relations.actorParent)
  @FieldResolver(() => Actor, { nullable: true, description: "The actor this one is part of (e.g. a district's province)." })
  parent(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.one(relations.actorParent, actor.id);
  }

  @Reads(relations.actorChildren)
  @FieldResolver(() => [Actor], { description: "Actors that are part of this one, in id order." })
  children(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.list(relations.actorChildren, actor.id);
  }

  @Reads(relations.actorSuccessors)
  @FieldResolver(() => [Actor], { description: "Actors that succeeded this one (e.g. after a merger of localities)." })
  successors(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.list(relations.actorSuccessors, actor.id);
  }

  @Reads(relations.actorPredecessors)
  @FieldResolver(() => [Actor], { description: "Actors this one succeeded." })
  predecessors(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.list(relations.actorPredecessors, actor.id);
  }

  @Reads(relations.actorPartnerships)
  @FieldResolver(() => [Partnership], { description: "Partnerships the actor is a party of (either side), in id order." })
  partnerships(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.list(relations.actorPartnerships, actor.id);
  }

  @Reads(relations.actorActivities)
  @FieldResolver(() => ActivityConnection, { description: "Activities the actor organised or took part in, each once, in id order or newest first (`orderBy`)." })
  activities(
    @Parent() actor: Actor,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from a page in the same order)." }) after: string | null,
    @Arg("orderBy", () => ActivityOrder, { defaultValue: ActivityOrder.ID, description: "Order of the activities." }) orderBy: ActivityOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.page(relations.actorActivities, actor.id, { first, after, orderBy }, info);
  }

  @Reads(relations.actorProjects)
  @FieldResolver(() => ProjectConnection, { description: "Projects the actor funds, implements or is a locality of, each once, in id order." })
  projects(
    @Parent() actor: Actor,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.page(relations.actorProjects, actor.id, { first, after }, info);
  }

  @Reads(relations.actorMemberships)
  @FieldResolver(() => [Membership], { description: "The actor's memberships of organisations." })
  memberships(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.list(relations.actorMemberships, actor.id);
  }

  @Reads(relations.actorPermits)
  @FieldResolver(() => [Permit], { description: "Permits issued to the actor (a foreign NGO), oldest first; empty for any other actor." })
  permits(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.list(relations.actorPermits, actor.id);
  }

  @Reads(relations.actorMembers)
  @FieldResolver(() => [Membership], { description: "Memberships of other actors in this one, when it is an organisation." })
  members(@Parent() actor: Actor, @Ctx() ctx: Context) {
    return ctx.read.list(relations.actorMembers, actor.id);
  }
}
