import { Arg, Ctx, Float, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { PeriodInput } from "../../graphql/inputs";
import { partnershipEffectiveness } from "./effectiveness.service";
import { PartnershipEffectiveness } from "./effectiveness.type";
import { Cost } from "../../graphql/limits/cost";
import { PartnershipKind } from "../../domain/enums";

@Resolver()
export class EffectivenessResolver {
  // One row per partnership in force; reads their activities and projects (cached per graph version).
  @Cost({ price: 10_000, listSize: 1_000 })
  @Query(() => [PartnershipEffectiveness], {
    description:
      "For each partnership in force during the period: what it yielded (activities, projects, funds), whether it has gone " +
      "dormant, its latest review, a 0..100 score and flags. Ordered by partnership id. See docs/analytics.md.",
  })
  partnershipEffectiveness(
    @Arg("period", () => PeriodInput, { description: "The whole years to assess." }) period: PeriodInput,
    @Arg("kind", () => PartnershipKind, { nullable: true, description: "Only partnerships of this kind." }) kind: PartnershipKind | null,
    @Arg("country", () => String, { nullable: true, description: "Only partnerships with a foreign party of this country (ISO 3166-1 alpha-2)." })
    country: string | null,
    @Arg("domesticPartyId", () => ID, { nullable: true, description: "Only partnerships with this domestic party." }) domesticPartyId: string | null,
    @Arg("dormantAfterDays", () => Int, { defaultValue: 730, description: "A partnership in force with no activity for longer than this many days is dormant." })
    dormantAfterDays: number,
    @Arg("targetActivitiesPerYear", () => Float, { defaultValue: 2, description: "Activities per year that earn the full activity part of the score." })
    targetActivitiesPerYear: number,
    @Arg("targetFundsUsd", () => Float, { defaultValue: 50000, description: "Funds in USD over the period that earn the full funds part of the score." })
    targetFundsUsd: number,
    @Arg("includePredecessors", () => Boolean, {
      defaultValue: false,
      description: "With domesticPartyId: its predecessors' partnerships count too (every actor whose successorIds chain leads to it), so a merged province inherits its parts' sister relations.",
    })
    includePredecessors: boolean,
    @Ctx() ctx: Context,
  ): Promise<PartnershipEffectiveness[]> {
    return partnershipEffectiveness(ctx.db, {
      period, kind, country, domesticPartyId, dormantAfterDays, targetActivitiesPerYear, targetFundsUsd, includePredecessors,
    });
  }
}
