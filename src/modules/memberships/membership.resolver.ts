import { Ctx, FieldResolver, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { Actor } from "../actors/actor.type";
import { required } from "../common/required";
import { Membership } from "./membership.type";

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Actor, { description: "The member." })
  async member(@Parent() m: Membership, @Ctx() ctx: Context): Promise<Actor> {
    return required(await ctx.loaders.actor.load(m.memberId), `member of ${m.id}`);
  }

  @FieldResolver(() => Actor, { description: "The organisation." })
  async organization(@Parent() m: Membership, @Ctx() ctx: Context): Promise<Actor> {
    return required(await ctx.loaders.actor.load(m.organizationId), `organization of ${m.id}`);
  }
}
