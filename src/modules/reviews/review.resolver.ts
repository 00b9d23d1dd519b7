import { Ctx, FieldResolver, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { Actor } from "../actors/actor.type";
import { Partnership } from "../partnerships/partnership.type";
import { Review } from "./review.type";
import { required } from "../common/required";

@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => Actor, { description: "Who reviewed." })
  async reviewer(@Parent() r: Review, @Ctx() ctx: Context): Promise<Actor> {
    return required(await ctx.loaders.reviewReviewer.load(r.id), `reviewer of review ${r.id}`);
  }

  @FieldResolver(() => Partnership, { description: "The partnership reviewed." })
  async partnership(@Parent() r: Review, @Ctx() ctx: Context): Promise<Partnership> {
    return required(await ctx.loaders.reviewPartnership.load(r.id), `partnership of review ${r.id}`);
  }
}

