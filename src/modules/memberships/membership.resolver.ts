import { Ctx, FieldResolver, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { whenLoaded } from "../../graphql/read/engine";
import { Reads } from "../../graphql/read/relation";
import { Actor } from "../actors/actor.type";
import { required } from "../common/required";
import { Membership } from "./membership.type";
import * as relations from "./membership.relations";

@Resolver(() => Membership)
export class MembershipResolver {
  @Reads(relations.membershipMember)
  @FieldResolver(() => Actor, { description: "The member." })
  member(@Parent() m: Membership, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.membershipMember, m.id), (value) => required(value, `member of membership ${m.id}`));
  }

  @Reads(relations.membershipOrganization)
  @FieldResolver(() => Actor, { description: "The organisation." })
  organization(@Parent() m: Membership, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.membershipOrganization, m.id), (value) => required(value, `organization of membership ${m.id}`));
  }
}
