import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Actor, actorType } from "../../modules/actors/actor.type";
import { searchActors } from "./search.service";
import { Cost } from "../../graphql/limits/cost";
import { ActorKind } from "../../domain/enums";

@Resolver()
export class SearchResolver {
  // A scan of the folded names through a text index.
  @Cost({ price: 100 })
  @Query(() => [Actor], {
    description:
      "Actors whose name or Vietnamese name contains every word of `text`, ignoring case and diacritics " +
      '(đ counts as d): "khanh hoa" finds "Tỉnh Khánh Hòa". Ordered by name.',
  })
  search(
    @Arg("text", () => String, { description: "Words to look for, in any order: at most 200 characters and 10 words." }) text: string,
    @Arg("kinds", () => [ActorKind], { nullable: true, description: "Only actors of these kinds." }) kinds: ActorKind[] | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many actors to return, at most 100." }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Actor[]> {
    return searchActors(ctx.db, ctx.read.reader(actorType), text, kinds, first);
  }
}
