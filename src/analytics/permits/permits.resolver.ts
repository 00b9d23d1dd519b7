import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Cost } from "../../graphql/limits/cost";
import { activityType } from "../../modules/activities/activity.type";
import { projectType } from "../../modules/projects/project.type";
import { ngoPermits } from "./permits.service";
import { NgoPermitStatus } from "./permits.type";

@Resolver()
export class PermitsResolver {
  @Cost({ price: 1_000, listSize: 1_000 })
  @Query(() => [NgoPermitStatus], {
    description:
      "Foreign NGOs' permits at a date: every foreign NGO with a permit or an engagement on or before asOf, its status, until when it is covered, " +
      "and the activities and projects no permit of it covered on their day. Ordered by actor id. See docs/analytics.md.",
  })
  async ngoPermits(
    @Arg("asOf", () => String, { description: "The day looked at (YYYY-MM-DD)." }) asOf: string,
    @Arg("expiringWithinDays", () => Int, { defaultValue: 90, description: "Permits all expiring within this many days after asOf make the NGO EXPIRING." }) expiringWithinDays: number,
    @Ctx() ctx: Context,
  ): Promise<NgoPermitStatus[]> {
    const records = { activity: (id: string) => ctx.read.byKey(activityType, id), project: (id: string) => ctx.read.byKey(projectType, id) };
    return ngoPermits(ctx.db, records, asOf, expiringWithinDays);
  }
}
