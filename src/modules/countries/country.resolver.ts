import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { pageRequest, toConnection } from "../../graphql/pagination";
import { ActorConnection } from "../actors/actor.resolver";
import { Country } from "./country.type";


@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: "One country by ISO 3166-1 alpha-2 code; null when the graph has none." })
  country(@Arg("code", () => String, { description: "ISO 3166-1 alpha-2 code, e.g. JP." }) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.country.load(code);
  }

  @Query(() => [Country], { description: "Every country in the graph, in code order." })
  async countries(@Ctx() ctx: Context): Promise<Country[]> {
    return (await ctx.db.read("queries/countries/all", ctx.nodes.country.params())).map((r) => ctx.nodes.country.map(r.node));
  }

  @FieldResolver(() => ActorConnection, { description: "The country's partners (FOREIGN actors), in id order." })
  async partners(
    @Root() country: Country,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size, at most 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const request = pageRequest(first, after);
    const rows = await ctx.loaders.countryPartnersPage(request).load(country.code);
    return toConnection(rows, request, () => ctx.loaders.countryPartnersCount.load(country.code));
  }
}
