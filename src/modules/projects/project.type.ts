import { Field, ID, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { Money, moneyFrom } from "../common/money.type";
import { optStr, str, strList } from "../common/row";
import { Engagement } from "../engagement.type";
import { type Own, Versioned, recordType } from "../common/stamp";
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

export function toProject(row: Row): Own<Project> {
  return {
    __typename: "Project",
    id: str(row, "id"),
    title: str(row, "title"),
    titleVi: optStr(row, "titleVi"),
    status: str(row, "status") as ProjectStatus,
    fundingType: str(row, "fundingType") as FundingType,
    startOn: str(row, "startOn"),
    endOn: optStr(row, "endOn"),
    sectors: strList<Sector>(row, "sectors"),
    committed: moneyFrom(row.committedAmount, row.committedCurrency) ?? { amount: 0, currency: "USD" },
    disbursed: moneyFrom(row.disbursedAmount, row.disbursedCurrency),
    dacCode: optStr(row, "dacCode"),
  };
}

/** The stored properties each Project field reads and how its rows are read (see graphql/read/entity.ts). */
export const projectType = recordType("Project", {
  id: ["id"], title: ["title"], titleVi: ["titleVi"], status: ["status"], fundingType: ["fundingType"], startOn: ["startOn"], endOn: ["endOn"],
  sectors: ["sectors"], committed: ["committedAmount", "committedCurrency"], disbursed: ["disbursedAmount", "disbursedCurrency"],
  dacCode: ["dacCode"], partnership: [], funders: [], implementers: [], localities: [],
}, ["startOn", "endOn"], toProject);
