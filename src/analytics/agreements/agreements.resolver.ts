import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AgreementStatus } from "../../domain/agreements";
import type { Context } from "../../graphql/context";
import { PeriodInput } from "../../graphql/inputs";
import { Cost } from "../../graphql/limits/cost";
import { agreementReview } from "./agreements.service";
import { AgreementReview, AgreementStatusEnum } from "./agreements.type";

@Resolver()
export class AgreementsResolver {
  @Cost({ price: 1_000, listSize: 1_000 })
  @Query(() => [AgreementReview], {
    description:
      "Agreements under review: every partnership in force during the period that has a document number, an expiry, a reporting date or commitments, " +
      "with its expiry, status at the end of the period, reporting compliance and commitment fulfilment. Ordered by partnership id. See docs/analytics.md.",
  })
  async agreementReview(
    @Arg("period", () => PeriodInput, { description: "The whole years reviewed; asOf is the period's last day." }) period: PeriodInput,
    @Arg("expiringWithinDays", () => Int, { defaultValue: 180, description: "An agreement expiring within this many days after asOf is EXPIRING." }) expiringWithinDays: number,
    @Arg("reportDueDays", () => Int, { defaultValue: 15, description: "Days after signing by which the agreement must be reported." }) reportDueDays: number,
    @Arg("status", () => [AgreementStatusEnum], { nullable: true, description: "Only agreements with one of these statuses." }) status: AgreementStatus[] | null,
    @Ctx() ctx: Context,
  ): Promise<AgreementReview[]> {
    return agreementReview(ctx.db, { period, expiringWithinDays, reportDueDays, status });
  }
}
