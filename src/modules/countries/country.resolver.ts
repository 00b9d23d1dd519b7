import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { Reads } from "../../graphql/read/relation";
import { ActorConnection } from "../actors/actor.resolver";
import { Country, countryType } from "./country.type";
import { countryPartners } from "./country.relations";
import { Cost } from "../../graphql/limits/cost";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: "One country by ISO 3166-1 alpha-2 code; null when the graph has none." })
  country(
    @Arg("code", () => String, { description: "ISO 3166-1 alpha-2 code, e.g. JP." }) code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Country | null> {
    return ctx.read.rootObject(info, countryType, code);
  }

  // ISO 3166 has 249 codes.
  @Cost({ listSize: 250 })
  @Query(() => [Country], { description: "Every country in the graph, in code order." })
  countries(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Country[]> {
    return ctx.read.rootList(info, countryType, "roots/countries");
  }

  @Reads(countryPartners)
  @FieldResolver(() => ActorConnection, { description: "The country's partners (FOREIGN actors), in id order." })
  partners(
    @Parent() country: Country,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.read.page(countryPartners, country.code, { first, after }, info);
  }
}
