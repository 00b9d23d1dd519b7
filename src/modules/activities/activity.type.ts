import { Field, ID, Int, ObjectType } from "type-graphql";
import { Money, moneyFrom } from "../common/money.type";
import { list, optNumber, optText, text } from "../common/row";
import { Engagement } from "../engagement.type";
import { Versioned, recordType } from "../common/stamp";
import { computed, resolved } from "../../graphql/read/entity";
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

/** What each Activity field reads and how its value is computed (see graphql/read/entity.ts). */
export const activityType = recordType<Activity>("Activity", {
  id: computed("id", text), kind: computed("kind", text), title: computed("title", text), titleVi: computed("titleVi", optText),
  date: computed("date", text), endDate: computed("endDate", optText), sectors: computed("sectors", list),
  funds: computed(["fundsAmount", "fundsCurrency"], moneyFrom), outcome: computed("outcome", optText),
  delegationSize: computed("delegationSize", optNumber),
  partnership: resolved(), organizers: resolved(), participants: resolved(), venueCountry: resolved(), task: resolved(),
}, ["date", "endDate"], { named: true });
