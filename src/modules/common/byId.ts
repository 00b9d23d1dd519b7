/** A root field's record by id: the live one, or, for a caller who may read them, an archived one. */
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import type { EntityType } from "../../graphql/read/entity";
import { mayReadArchived } from "../../identity/permissions";

export async function recordById<T extends object>(ctx: Context, info: GraphQLResolveInfo, type: EntityType<T>, id: string): Promise<T | null> {
  const live = await ctx.read.rootObject(info, type, id);
  if (live || !mayReadArchived(ctx.caller)) return live;
  return ctx.read.archivedByKey(type, id);
}
