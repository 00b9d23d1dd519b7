import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { containsParam, countryParam, dateParam, listParam } from "../../graphql/inputs";
import { DatedOrder, cursorOrderOf } from "../../graphql/enums";
import { PROJECT_LIST } from "../../graphql/read/rootList";
import { connectionType, pageRequest } from "../../graphql/pagination";
import { Reads } from "../../graphql/read/relation";
import { Actor } from "../actors/actor.type";
import { Partnership } from "../partnerships/partnership.type";
import { Project, projectType } from "./project.type";
import * as relations from "./project.relations";
import { FundingType, ProjectStatus, Sector } from "../../domain/enums";
import { recordById } from "../common/byId";

export const ProjectConnection = connectionType(Project, "Project", "projects");

@InputType({ description: "Narrows a list of projects; all given conditions must hold." })
export class ProjectFilter {
  @Field(() => ProjectStatus, { nullable: true, description: "Only projects with this status." })
  status?: ProjectStatus | null;

  @Field(() => String, { nullable: true, description: "Only projects with a FOREIGN funder of this country (ISO 3166-1 alpha-2)." })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: "Only projects under this partnership." })
  partnershipId?: string | null;

  @Field(() => [ProjectStatus], { nullable: true, description: "Only projects with any of these statuses (with `status`, both must hold)." })
  statuses?: ProjectStatus[] | null;

  @Field(() => [FundingType], { nullable: true, description: "Only projects of any of these funding types." })
  fundingTypes?: FundingType[] | null;

  @Field(() => ID, { nullable: true, description: "Only projects this actor implements." })
  implementerId?: string | null;

  @Field(() => String, { nullable: true, description: "Only projects started on or after this day (YYYY-MM-DD)." })
  startFrom?: string | null;

  @Field(() => String, { nullable: true, description: "Only projects started on or before this day (YYYY-MM-DD)." })
  startTo?: string | null;

  @Field(() => String, { nullable: true, description: "Only projects whose title or Vietnamese title contains this text, ignoring case." })
  titleContains?: string | null;

  @Field(() => [Sector], { nullable: true, description: "Only projects concerning any of these fields." })
  sectors?: Sector[] | null;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: "One project by id; null when there is none, or when it is archived and the caller is not an ADMIN." })
  project(@Arg("id", () => ID, { description: "Id to look up." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordById(ctx, info, projectType, id);
  }

  @Query(() => ProjectConnection, { description: "Projects in id order or by start date (`orderBy`), filtered and paginated." })
  projects(
    @Arg("filter", () => ProjectFilter, { nullable: true, description: "Conditions the items must meet; all of them." }) filter: ProjectFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after (from a page in the same order)." }) after: string | null,
    @Arg("orderBy", () => DatedOrder, { defaultValue: DatedOrder.ID, description: "Order of the list: by id, or by start date." }) orderBy: DatedOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // `status` and `statuses` together: both must hold (an empty list matches nothing).
    const statuses = filter?.status ? (filter.statuses?.length ? filter.statuses.filter((s) => s === filter.status) : [filter.status]) : listParam(filter?.statuses);
    const params = {
      statuses,
      fundingTypes: listParam(filter?.fundingTypes),
      country: countryParam(filter?.country, "filter.country"),
      partnershipId: filter?.partnershipId ?? null,
      implementerId: filter?.implementerId ?? null,
      startFrom: dateParam(filter?.startFrom, "filter.startFrom"),
      startTo: dateParam(filter?.startTo, "filter.startTo"),
      titleToken: containsParam(filter?.titleContains, "filter.titleContains"),
      sectors: listParam(filter?.sectors),
    };
    return ctx.read.rootPage(info, projectType, PROJECT_LIST, params, pageRequest(first, after, cursorOrderOf(orderBy)));
  }

  @Reads(relations.projectPartnership)
  @FieldResolver(() => Partnership, { nullable: true, description: "The partnership the project belongs to, if any." })
  partnership(@Parent() p: Project, @Ctx() ctx: Context) {
    return ctx.read.one(relations.projectPartnership, p.id);
  }

  @Reads(relations.projectFunders)
  @FieldResolver(() => [Actor], { description: "Funders, in id order; the FOREIGN ones are the project's partners." })
  funders(@Parent() p: Project, @Ctx() ctx: Context) {
    return ctx.read.list(relations.projectFunders, p.id);
  }

  @Reads(relations.projectImplementers)
  @FieldResolver(() => [Actor], { description: "Implementers, in id order." })
  implementers(@Parent() p: Project, @Ctx() ctx: Context) {
    return ctx.read.list(relations.projectImplementers, p.id);
  }

  @Reads(relations.projectLocalities)
  @FieldResolver(() => [Actor], { description: "Localities where the project takes place, in id order." })
  localities(@Parent() p: Project, @Ctx() ctx: Context) {
    return ctx.read.list(relations.projectLocalities, p.id);
  }
}
