import { Ctx, FieldResolver, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { whenLoaded } from "../../graphql/read/engine";
import { Reads } from "../../graphql/read/relation";
import { Actor } from "../actors/actor.type";
import { Partnership } from "../partnerships/partnership.type";
import { Review } from "./review.type";
import * as relations from "./review.relations";
import { required } from "../common/required";

@Resolver(() => Review)
export class ReviewResolver {
  @Reads(relations.reviewReviewer)
  @FieldResolver(() => Actor, { description: "Who reviewed." })
  reviewer(@Parent() r: Review, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.reviewReviewer, r.id), (value) => required(value, `reviewer of review ${r.id}`));
  }

  @Reads(relations.reviewPartnership)
  @FieldResolver(() => Partnership, { description: "The partnership reviewed." })
  partnership(@Parent() r: Review, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.reviewPartnership, r.id), (value) => required(value, `partnership of review ${r.id}`));
  }
}

