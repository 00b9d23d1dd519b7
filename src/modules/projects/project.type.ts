import { Field, ID, ObjectType } from "type-graphql";
import type { Plain } from "../../db/mapping";
import { Money, moneyFrom } from "../common/money.type";
import { list, optText, text } from "../common/row";
import { Engagement } from "../engagement.type";
import { Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
import { FundingType, ProjectStatus, Sector } from "../../domain/enums";
import { LocalDate } from "../../graphql/scalars";

@Versioned()
@ObjectType({
  simpleResolvers: true,
  implements: Engagement,
  description: "A cooperation or aid project (ODA, FDI, foreign NGO aid…) with funders, implementers and localities.",
})
export class Project extends Engagement {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Title in Vietnamese, when recorded." })
  titleVi!: string | null;

  @Field(() => ProjectStatus, { description: "Life-cycle status." })
  status!: ProjectStatus;

  @Field(() => FundingType, { description: "Source of funding." })
  fundingType!: FundingType;

  @Field(() => LocalDate, { description: "Start date (YYYY-MM-DD)." })
  startOn!: string;

  @Field(() => LocalDate, { nullable: true, description: "End date (YYYY-MM-DD), if set." })
  endOn!: string | null;

  @Field(() => [Sector], { description: "Fields concerned." })
  sectors!: Sector[];

  @Field(() => Money, { description: "Amount committed by the funders." })
  committed!: Money;

  @Field(() => Money, { nullable: true, description: "Amount disbursed so far, if reported." })
  disbursed!: Money | null;

  @Field(() => String, { nullable: true, description: "OECD DAC purpose code (5 digits)." })
  dacCode!: string | null;

  __typename!: "Project";
}

/** What each Project field reads and how its value is computed (see graphql/read/entity.ts). */
export const projectType = recordType<Project>("Project", {
  id: computed("id", text), title: computed("title", text), titleVi: computed("titleVi", optText), status: computed("status", text),
  fundingType: computed("fundingType", text), startOn: computed("startOn", text), endOn: computed("endOn", optText),
  sectors: computed("sectors", list),
  committed: computed(["committedAmount", "committedCurrency"], (amount: Plain, currency: Plain) => moneyFrom(amount, currency) ?? { amount: 0, currency: "USD" }),
  disbursed: computed(["disbursedAmount", "disbursedCurrency"], moneyFrom), dacCode: computed("dacCode", optText),
  partnership: resolved(), funders: resolved(), implementers: resolved(), localities: resolved(),
}, ["startOn", "endOn"], { named: true });
