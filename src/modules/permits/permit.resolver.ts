import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver } from "type-graphql";
import { Parent } from "../../graphql/parent";
import type { Context } from "../../graphql/context";
import { whenLoaded } from "../../graphql/read/engine";
import { Reads } from "../../graphql/read/relation";
import { Actor } from "../actors/actor.type";
import { recordById } from "../common/byId";
import { required } from "../common/required";
import { Permit, permitType } from "./permit.type";
import * as relations from "./permit.relations";

@Resolver(() => Permit)
export class PermitResolver {
  @Query(() => Permit, { nullable: true, description: "One NGO permit by id; null when there is none, or when it is archived and the caller is not an ADMIN." })
  permit(@Arg("id", () => ID, { description: "Id to look up." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return recordById(ctx, info, permitType, id);
  }

  @Reads(relations.permitHolder)
  @FieldResolver(() => Actor, { description: "The foreign NGO the permit was issued to." })
  holder(@Parent() p: Permit, @Ctx() ctx: Context) {
    return whenLoaded(ctx.read.one(relations.permitHolder, p.id), (value) => required(value, `holder of permit ${p.id}`));
  }
}
