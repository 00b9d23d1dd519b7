import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { loadPage, loadWithNested, readListWithNested, whenLoaded } from "../../graphql/nested";
import { pageRequest, toConnection } from "../../graphql/pagination";
import { ActorConnection } from "../actors/actor.resolver";
import { Country, countryShape } from "./country.type";
import { Cost } from "../../graphql/limits/cost";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: "One country by ISO 3166-1 alpha-2 code; null when the graph has none." })
  country(
    @Arg("code", () => String, { description: "ISO 3166-1 alpha-2 code, e.g. JP." }) code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Country | null> {
    return loadWithNested(ctx, info, countryShape, ctx.loaders.country, code);
  }

  // ISO 3166 has 249 codes.
  @Cost({ listSize: 250 })
  @Query(() => [Country], { description: "Every country in the graph, in code order." })
  countries(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Country[]> {
    return readListWithNested(ctx, info, countryShape, "countries", "country");
  }

  @FieldResolver(() => ActorConnection, { description: "The country's partners (FOREIGN actors), in id order." })
  partners(
    @Parent() country: Country,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = pageRequest(first, after);
    return whenLoaded(loadPage(ctx, info, ctx.loaders.countryPartnersPage, request, country.code), (rows) =>
      toConnection(rows, request, () => ctx.loaders.countryPartnersCount.load(country.code)));
  }
}
