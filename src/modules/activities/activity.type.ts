import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Row } from "../../db/database";
import { Money, moneyFrom } from "../common/money.type";
import { num, optStr, str, strList } from "../common/row";
import { Engagement } from "../engagement.type";
import { type Own, Versioned, recordType } from "../common/stamp";
import { ActivityKind, Sector } from "../../domain/enums";
import { LocalDate } from "../../graphql/scalars";

@Versioned()
@ObjectType({
  simpleResolvers: true,
  implements: Engagement,
  description: "A dated event (delegation, conference, fair, exchange, training…) organised by domestic actors with foreign participants.",
})
export class Activity extends Engagement {
  @Field(() => ActivityKind, { description: "Kind of activity." })
  kind!: ActivityKind;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Title in Vietnamese, when recorded." })
  titleVi!: string | null;

  @Field(() => LocalDate, { description: "Date (YYYY-MM-DD); the first day when it spans several." })
  date!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day (YYYY-MM-DD), for activities over several days." })
  endDate!: string | null;

  @Field(() => [Sector], { description: "Fields concerned." })
  sectors!: Sector[];

  @Field(() => Money, { nullable: true, description: "Funds mobilised by the activity, if any." })
  funds!: Money | null;

  @Field(() => String, { nullable: true, description: "What came out of it." })
  outcome!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of people in the delegation, when recorded." })
  delegationSize!: number | null;

  __typename!: "Activity";
}

export function toActivity(row: Row): Own<Activity> {
  return {
    __typename: "Activity",
    id: str(row, "id"),
    kind: str(row, "kind") as ActivityKind,
    title: str(row, "title"),
    titleVi: optStr(row, "titleVi"),
    date: str(row, "date"),
    endDate: optStr(row, "endDate"),
    sectors: strList<Sector>(row, "sectors"),
    funds: moneyFrom(row.fundsAmount, row.fundsCurrency),
    outcome: optStr(row, "outcome"),
    delegationSize: row.delegationSize == null ? null : num(row, "delegationSize"),
  };
}

/** The stored properties each Activity field reads and how its rows are read (see graphql/read/entity.ts). */
export const activityType = recordType("Activity", {
  id: ["id"], kind: ["kind"], title: ["title"], titleVi: ["titleVi"], date: ["date"], endDate: ["endDate"], sectors: ["sectors"],
  funds: ["fundsAmount", "fundsCurrency"], outcome: ["outcome"], delegationSize: ["delegationSize"],
  partnership: [], organizers: [], participants: [], venueCountry: [], task: [],
}, ["date", "endDate"], toActivity);
